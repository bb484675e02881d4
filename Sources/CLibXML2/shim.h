#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H
// Debian's libxml2 is built with ICU; its headers would then pull in
// /usr/include/unicode/*.h, which clash with Foundation's bundled ICU.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>

// xmlFree is a global function-pointer variable, which Swift 6 rejects as
// shared mutable state; calling it through a function is fine.
static inline void cxml_free(void *p) { xmlFree(p); }
#endif
