#pragma once

// Column numbers of the device editor's own tables, shared by its source files.
namespace ww::ui::device_editor {

enum InterfaceColumn { IfName, IfMac, IfAddress, IfVlan };
enum RouteColumn { RouteDestination, RouteVia };
enum ActionColumn {
    ActAt,
    ActType,
    ActTo, // an address, or for kinds that take one a name to resolve first
    ActCount,
    ActInterval,
    ActSize,
    ActPort,
    ActPath,
    ActRecordType, // dns: the type asked for
    ActTtl,
    ActDf,
    ActLocalPort,
    ActClose,
    ActCloseAt
};

} // namespace ww::ui::device_editor
