#pragma once

#include <string>
#include <string_view>

namespace ww {

// Text that a lab or lesson shows people, in English and (optionally) Korean.
// In JSON it is either a plain string (English only) or {"en": "...", "ko": "..."};
// "en" is required in the object form so every text has a fallback.
struct LocalText {
    std::string en;
    std::string ko;

    // The text for an interface language ("ko", "ko_KR", "en", "en_US", ...):
    // Korean when asked for and present, English otherwise.
    const std::string& in(std::string_view language) const;
    bool empty() const { return en.empty() && ko.empty(); }
    bool operator==(const LocalText&) const = default;
};

} // namespace ww
