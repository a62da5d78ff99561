/* platform: the SDL edge. Starts SDL, owns the window, turns events into
 * input state (keyboard, gamepads with hot-plug), handles fullscreen, gives
 * time, and finds the game's data directory. The simulation never sees SDL. */
#ifndef SQ_PLATFORM_H
#define SQ_PLATFORM_H

#include "input.h"

#include <stdbool.h>
#include <stddef.h>

typedef struct SDL_Window SDL_Window;
typedef struct plat_system plat_system;

typedef struct {
    bool headless;
    bool fullscreen;
    int scale; /* initial window size in multiples of the logical size */
    int logical_w, logical_h;
} plat_config;

typedef struct {
    bool quit;          /* window closed or the OS asked us to stop */
    bool reload;        /* F5 */
    bool mouse_clicked; /* left button released this poll */
    int mouse_x, mouse_y; /* window coordinates of the last mouse event */
} plat_events;

plat_system *plat_create(const plat_config *cfg);
void plat_destroy(plat_system *p);
SDL_Window *plat_window(plat_system *p);
/* Drains pending events into the input state. */
void plat_poll(plat_system *p, in_state *input, const in_bindings *bindings, plat_events *out);
void plat_toggle_fullscreen(plat_system *p);
bool plat_is_fullscreen(const plat_system *p);
int plat_gamepad_count(const plat_system *p);
/* Monotonic seconds. */
double plat_now(void);
/* Today's date in the local time zone as a day count since 1970-01-01, for
 * spaced review: a new day starts at local midnight, as a player expects. */
int32_t plat_today(void);

/* Finds the directory holding assets/, scripts/ and levels/: the override if
 * given, else next to the executable and up to two levels above it (source
 * and build trees), else the install prefix. */
bool plat_find_data_root(const char *override, char *out, size_t size);
/* Joins root and a relative path into out; false if it does not fit. */
bool plat_path(char *out, size_t size, const char *root, const char *relative);

#endif
