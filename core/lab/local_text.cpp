#include "lab/local_text.h"

namespace ww {

const std::string& LocalText::in(std::string_view language) const {
    const bool korean = language.substr(0, 2) == "ko";
    return korean && !ko.empty() ? ko : en;
}

} // namespace ww
