#pragma once

#include "lab/lab_json.h"

namespace ww::lab {

// Cross-reference checks on a lab whose parts parsed: unique names, links to
// existing interfaces used once, gateways and next hops on connected networks,
// addresses used once, VLANs declared. Appends one issue per problem.
void validateLab(const Lab& lab, std::vector<LabIssue>& issues);

} // namespace ww::lab
