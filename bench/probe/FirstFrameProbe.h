#pragma once

namespace EndpointDesk::FirstFrameProbe {

// For the start-up benchmark (bench/run.sh), and inert unless ENDPOINTDESK_FIRST_FRAME_PROBE is set:
// once the first top-level window has painted its first frame, prints "first-frame-us <wall clock in
// microseconds>" on standard output and quits the event loop in the ordinary way. With
// ENDPOINTDESK_PROBE_TAB=<name> it first switches the window's tab of that name (mnemonic ignored)
// and prints "tab-frame-us <microseconds>" once that tab has painted. The program under test and the
// bare floor window install it the same way, right after their QApplication is made.
void installFromEnvironment();

} // namespace EndpointDesk::FirstFrameProbe
