// generate_lab SEED: prints the generated lab for SEED (tests/lab_generator.h), for the
// shell check that runs generated labs through the real CLI and tshark.
#include "lab_generator.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    bool ok = false;
    const std::uint64_t seed = app.arguments().value(1).toULongLong(&ok);
    if (!ok) {
        std::fputs("usage: generate_lab SEED\n", stderr);
        return 2;
    }
    QTextStream(stdout) << ww::test::generateLabJson(seed) << '\n';
    return 0;
}
