#include <stddef.h>
#include <stdint.h>
// libFuzzer's entry point for programs that keep their own main (SwiftPM executables do).
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*UserCb)(const uint8_t *Data, size_t Size));
