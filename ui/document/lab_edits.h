#pragma once

#include "lab/lab.h"

#include <QPointF>
#include <QString>
#include <QStringList>
#include <optional>
#include <string>

namespace ww::ui {

// Pure functions on lab values that the editing commands and the canvas share.
// None of them touches the document: commands apply their results.

// "PC" -> "PC1", or the next number not used in `lab`.
std::string uniqueDeviceName(const lab::Lab& lab, const std::string& prefix);
// "PC1-SW1", or "PC1-SW1-2"... when taken.
std::string uniqueLinkName(const lab::Lab& lab, const std::string& base);
// A /24 (as an interface address ending in .1) that overlaps no address in `lab`.
Ipv4Prefix freeNetwork(const lab::Lab& lab);

bool interfaceInUse(const lab::Lab& lab, const std::string& device, const std::string& itf);
// The first interface of `device` no link uses.
std::optional<std::string> freeInterface(const lab::Lab& lab, const lab::Device& device);
// A fresh interface continuing the device's naming ("p8" -> "p9", "eth3" -> "eth4").
lab::Interface nextInterface(const lab::Device& device);

// Why `to` cannot be the new name of device `from` (empty when it can).
QString deviceNameProblem(const lab::Lab& lab, const QString& from, const QString& to);

// Without the named devices (and their links and scenario actions) and links.
lab::Lab withoutItems(const lab::Lab& lab, const QStringList& devices, const QStringList& links);
// Renames the device and every reference to it (link ends, scenario senders).
lab::Lab withRenamedDevice(const lab::Lab& lab, const std::string& from, const std::string& to);

// The named devices and the links among them, as a lab of their own (the clipboard).
lab::Lab extractItems(const lab::Lab& lab, const QStringList& devices);
// `clip`'s devices and links renamed so they fit in `target`, moved by `offset`;
// addresses already used in `target` are cleared, MACs left to be derived.
lab::Lab copiesFor(const lab::Lab& target, const lab::Lab& clip, QPointF offset);

} // namespace ww::ui
