#ifndef NETMAP_CGRAPHVIZ_SHIM_H
#define NETMAP_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#endif
