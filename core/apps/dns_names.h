#pragma once

// Domain names in the wire library's presentation form ("www.naver.com", the root ".").

#include <string>

namespace ww::dns {

// RFC 4343: names compare case-insensitively (ASCII letters only).
std::string lowerName(std::string name);
bool sameName(const std::string& a, const std::string& b);
// True when `name` is `zone` or below it.
bool isAtOrBelow(const std::string& name, const std::string& zone);
// "www.naver.com" -> "naver.com" -> "com" -> "."; "." stays ".".
std::string parentName(const std::string& name);
// With the trailing dot, as events and zone files write names: "www.naver.com.", ".".
std::string absoluteText(const std::string& name);
// How many labels: "." 0, "com" 1, "naver.com" 2.
int labelCount(const std::string& name);

} // namespace ww::dns
