// libFuzzer provides LLVMFuzzerRunDriver when linked with -sanitize=fuzzer.
