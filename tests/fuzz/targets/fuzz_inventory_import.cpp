#include "FuzzSupport.h"
#include "HistoryExporter.h"
#include "InventoryImport.h"

using namespace EndpointDesk;

ENDPOINTDESK_FUZZ_INITIALIZE

// A colleague's exported record, chosen by the person: checked entry by entry, never trusted.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const InventoryImport::Result result = InventoryImport::read(Fuzz::bytes(data, size));
    // What was kept must export again.
    (void)HistoryExporter(result.entries, {}).json();
    return 0;
}
