#ifndef CPANGO_SHIM_H
#define CPANGO_SHIM_H
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
#include <fontconfig/fontconfig.h>

// g_object_unref through a typed function: Swift sees GObject pointers as unrelated types.
static inline void cpango_unref(void *object) { g_object_unref(object); }
#endif
