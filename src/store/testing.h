// Stage `store`: test hooks (not part of the public interface).
#pragma once

#include <functional>
#include <string_view>

#include "rasd/status.h"

namespace rasd::store::testing {

// Called at named points inside every ingest transaction ("document", "event", "commit"); a
// non-OK status aborts the ingest there, as a crash or a full disk would. Empty = no hook.
// Process-wide; tests set it and clear it.
void SetIngestFaultHook(std::function<Status(std::string_view point)> hook);

}  // namespace rasd::store::testing
