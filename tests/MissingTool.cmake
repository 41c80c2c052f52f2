# Stands in for a test whose tool was not found when the build was configured: it fails, saying what
# to install, so that a run never quietly has fewer tests.
message(FATAL_ERROR "${TEST_NAME} cannot run: ${TOOL} was not found when the build was configured. "
                    "Install it (Debian package: ${PACKAGE}, see scripts/debian-packages.txt) and configure again.")
