/* platform: the SDL edge. Starts SDL, owns the window, turns events into
 * input state (keyboard, gamepads with hot-plug), handles fullscreen, gives
 * time, and finds the game's data directory. The simulation never sees SDL. */
#ifndef SQ_PLATFORM_H
#define SQ_PLATFORM_H

#include "input.h"
#include "save.h"

#include <stdbool.h>
#include <stddef.h>

typedef struct SDL_Window SDL_Window;
typedef struct plat_system plat_system;

typedef struct {
    bool headless;
    bool fullscreen;
    int scale; /* initial window size in multiples of the logical size */
    int logical_w, logical_h;
    /* Where assets/ is (the window's icon); NULL: looked for as the game does
     * without --data-root. */
    const char *data_root;
} plat_config;

typedef struct {
    bool quit;          /* window closed or the OS asked us to stop */
    bool reload;        /* F5 */
    bool log;           /* F3: the level's log on screen, or not */
    bool mouse_clicked; /* left button released this poll */
    int mouse_x, mouse_y; /* window coordinates of the last mouse event */
    /* Set by the caller while the game waits for a key to bind: the first
     * press goes to captured_* instead of the input state (releases still
     * reach it, so nothing stays held). */
    bool capture;
    int captured_key;    /* scancode pressed while capturing, 0 = none */
    int captured_button; /* game-controller button + 1 pressed while capturing, 0 = none */
} plat_events;

/* The desktop's name for the game: its .desktop file, AppStream id, icon name, and the
 * window's class (X11 WM_CLASS, Wayland app id), so docks group and label it. */
#define PLAT_APP_ID "io.github.skillquest.SkillQuest"

plat_system *plat_create(const plat_config *cfg);
void plat_destroy(plat_system *p);
SDL_Window *plat_window(plat_system *p);
/* The title bar: "SkillQuest — LEVEL" (the level's title), or "SkillQuest" for NULL or "". */
void plat_set_title(plat_system *p, const char *level);
/* Drains pending events into the input state. */
void plat_poll(plat_system *p, in_state *input, const in_bindings *bindings, plat_events *out);
void plat_toggle_fullscreen(plat_system *p);
bool plat_is_fullscreen(const plat_system *p);
int plat_gamepad_count(const plat_system *p);
/* Monotonic seconds. */
double plat_now(void);
/* Milliseconds of the real-time clock since the time in the environment variable
 * `name` (nanoseconds since 1970, as `date +%s%N` prints), or -1 when it is not set:
 * how benchmarks time a start from before the process existed. */
double plat_since_env_ns(const char *name);
/* Sleeps about this long (the rest of a frame). */
void plat_sleep(double seconds);
/* The window's display refresh rate in Hz (60 when unknown). */
int plat_refresh_rate(plat_system *p);
/* The player's data directory (SDL's per-user folder, created when missing);
 * false when there is none. */
bool plat_user_dir(char *out, size_t size);
/* SDL without a window, for the author's tools (--check, --test). */
bool plat_tools_begin(void);
void plat_tools_end(void);
/* Today's date in the local time zone as a day count since 1970-01-01, for
 * spaced review: a new day starts at local midnight, as a player expects. */
int32_t plat_today(void);
/* The local time as minutes since 1970-01-01 (today * 1440 + the time of
 * day): spaced review's mastery rule counts hours. 0 when unknown. */
int64_t plat_minute(void);

/* Finds the directory holding assets/, scripts/ and levels/: the override if
 * given, else next to the executable and up to two levels above it (source
 * and build trees), else the install prefix. */
bool plat_find_data_root(const char *override, char *out, size_t size);
/* Joins root and a relative path into out; false if it does not fit. */
bool plat_path(char *out, size_t size, const char *root, const char *relative);

/* platform_bindings.c: the save names keys and buttons in SDL's words
 * ("Return", "Keypad Enter"; "a", "dpup"); the input module counts codes.
 * Unknown names and the platform's own keys (F5, F11) are skipped with a
 * warning, and an action left with nothing gets its defaults back
 * (in_fill_unbound). Returns how many names were skipped. */
int plat_bindings_from_settings(const sav_settings *s, in_bindings *out);
/* The reverse: fills s->keys and s->pad (action by action) from the codes. */
void plat_settings_from_bindings(const in_bindings *b, sav_settings *s);
/* The name a captured key or button is saved under; false when it has none
 * or the platform keeps it for itself. */
bool plat_key_name(int scancode, char *out, size_t size);
bool plat_button_name(int button, char *out, size_t size);

#endif
