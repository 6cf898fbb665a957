#include "apps/dns_names.h"

namespace ww::dns {

std::string lowerName(std::string name) {
    for (char& c : name)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return name;
}

bool sameName(const std::string& a, const std::string& b) {
    return lowerName(a) == lowerName(b);
}

bool isAtOrBelow(const std::string& name, const std::string& zone) {
    if (zone == ".")
        return true;
    const std::string n = lowerName(name), z = lowerName(zone);
    if (n == z)
        return true;
    return n.size() > z.size() && n.compare(n.size() - z.size(), z.size(), z) == 0 &&
           n[n.size() - z.size() - 1] == '.';
}

std::string parentName(const std::string& name) {
    // Escaped dots (\.) stay inside their label.
    for (std::size_t i = 0; i < name.size(); ++i) {
        if (name[i] == '\\') {
            ++i;
            continue;
        }
        if (name[i] == '.')
            return name.substr(i + 1);
    }
    return ".";
}

std::string absoluteText(const std::string& name) {
    return name == "." || name.empty() ? "." : name + ".";
}

int labelCount(const std::string& name) {
    int n = 0;
    for (std::string s = name; s != "."; s = parentName(s))
        ++n;
    return n;
}

} // namespace ww::dns
