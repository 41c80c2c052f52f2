#include "BatchCsv.h"
#include "FuzzSupport.h"

using namespace EndpointDesk;

ENDPOINTDESK_FUZZ_INITIALIZE

// A file of endpoints chosen by the person: whatever it holds becomes rows or a message.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const BatchFile file = BatchCsv::parse(Fuzz::bytes(data, size));
    if (!file.isReadable() && !file.rows.isEmpty())
        abort(); // a refused file has no rows
    if (file.rows.size() > BatchCsv::MaxRows)
        abort();
    int lastLine = 0;
    for (const BatchInput &row : file.rows) {
        if (row.line <= lastLine)
            abort(); // rows come in file order, each from its own line
        lastLine = row.line;
    }
    return 0;
}
