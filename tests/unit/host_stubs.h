/* host_stubs: the scr_host calls quest mechanics add, for test and bench
 * hosts that do not use them: nothing is carried, no panel is drawn, nothing
 * is kept, the rank is the first. */
#ifndef SQ_HOST_STUBS_H
#define SQ_HOST_STUBS_H

#include "script.h"

#include <stdio.h>

static inline bool stub_carry(void *u, int id) { (void)u, (void)id; return false; }
static inline int stub_carried(void *u) { (void)u; return 0; }
static inline int stub_drop(void *u) { (void)u; return 0; }
static inline int stub_on_slot(void *u, int slot) { (void)u, (void)slot; return 0; }
static inline bool stub_place(void *u, int t, int s) { (void)u, (void)t, (void)s; return false; }
static inline void stub_panel(void *u, const scr_panel *p) { (void)u, (void)p; }
static inline bool stub_keep(void *u, const char *k, const char *v) { (void)u, (void)k, (void)v; return true; }
static inline const char *stub_kept(void *u, const char *k) { (void)u, (void)k; return NULL; }
static inline void stub_print(void *u, const char *line) { (void)u, (void)line; }
static inline int stub_rank(void *u, const char **title, char *next, size_t size)
{
    (void)u;
    *title = "Junior";
    snprintf(next, size, "Next rank, Developer: 5 more developer skills held.");
    return 0;
}

#define HOST_STUBS stub_carry, stub_carried, stub_drop, stub_on_slot, stub_place, stub_panel, \
                   stub_keep, stub_kept, stub_print, stub_rank

#endif
