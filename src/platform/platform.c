#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L /* localtime_r */
#endif
/* platform: SDL init, window, events and time. Key repeats are dropped here
 * so the input module only sees real presses; fullscreen keys never reach
 * the game as actions. */
#include "platform.h"
#include "log.h"

#include <SDL.h>
#include <SDL_image.h>
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define PLAT_MAX_PADS 4

struct plat_system {
    SDL_Window *window;
    bool headless;
    bool fullscreen;
    SDL_GameController *pads[PLAT_MAX_PADS];
    Uint32 subsystems;
};

static void plat_open_pad(plat_system *p, int device_index)
{
    if (!SDL_IsGameController(device_index)) return;
    for (int i = 0; i < PLAT_MAX_PADS; i++) {
        if (p->pads[i]) continue;
        p->pads[i] = SDL_GameControllerOpen(device_index);
        if (p->pads[i])
            log_info("platform: gamepad connected: %s", SDL_GameControllerName(p->pads[i]));
        return;
    }
}

/* The game's icon (the asset build's assets/gen/icon_64.png) on its window; a
 * missing file only costs the icon. */
static void plat_set_icon(plat_system *p, const char *data_root)
{
    char root[4096], path[4200];
    /* --data-root was already looked at by main: no second search (its
     * "cannot find the game data" would be wrong). */
    if (data_root)
        snprintf(root, sizeof root, "%s", data_root);
    else if (!plat_find_data_root(NULL, root, sizeof root))
        return;
    if (!plat_path(path, sizeof path, root, "assets/gen/icon_64.png")) return;
    SDL_Surface *icon = IMG_Load(path);
    if (!icon) {
        log_info("platform: no window icon: %s", IMG_GetError());
        return;
    }
    SDL_SetWindowIcon(p->window, icon);
    SDL_FreeSurface(icon);
}

void plat_set_title(plat_system *p, const char *level)
{
    if (!p || !p->window) return;
    char title[256];
    if (level && *level)
        snprintf(title, sizeof title, "SkillQuest \u2014 %s", level);
    else
        snprintf(title, sizeof title, "SkillQuest");
    SDL_SetWindowTitle(p->window, title);
}

plat_system *plat_create(const plat_config *cfg)
{
    plat_system *p = calloc(1, sizeof *p);
    if (!p) return NULL;
    p->headless = cfg->headless;
    if (cfg->headless) {
        /* Nothing to open: the renderer draws into memory. Still start SDL so
         * timers and surfaces behave the same. */
        if (SDL_Init(0) != 0) {
            log_error("platform: cannot start SDL: %s", SDL_GetError());
            free(p);
            return NULL;
        }
        return p;
    }
    SDL_SetHint(SDL_HINT_VIDEO_MINIMIZE_ON_FOCUS_LOSS, "0");
    /* The window's class and app id: SDL 2.26 reads them from the environment when
     * the video subsystem starts (a value the user set wins). */
    SDL_setenv("SDL_VIDEO_X11_WMCLASS", PLAT_APP_ID, 0);
    SDL_setenv("SDL_VIDEO_WAYLAND_WMCLASS", PLAT_APP_ID, 0);
    SDL_SetHint(SDL_HINT_APP_NAME, "SkillQuest");
    /* SDL gives X11 the title (_NET_WM_NAME, what title bars show) through Xlib's
     * locale conversion, which in the C locale fails on any non-ASCII character:
     * "SkillQuest — Level" would stay "SkillQuest". Characters are classified as
     * UTF-8 (the user's locale when it is UTF-8, else C.UTF-8); numbers, collation
     * and everything else keep the C locale. */
    const char *ctype = setlocale(LC_CTYPE, "");
    if (!ctype || strcmp(nl_langinfo(CODESET), "UTF-8") != 0) ctype = setlocale(LC_CTYPE, "C.UTF-8");
    if (!ctype) setlocale(LC_CTYPE, "C");
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
        log_error("platform: cannot start SDL video: %s", SDL_GetError());
        free(p);
        return NULL;
    }
    p->subsystems = SDL_INIT_VIDEO | SDL_INIT_EVENTS;
    if (SDL_InitSubSystem(SDL_INIT_GAMECONTROLLER) == 0)
        p->subsystems |= SDL_INIT_GAMECONTROLLER;
    else
        log_warn("platform: gamepads unavailable: %s", SDL_GetError());
    Uint32 flags = SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
    if (cfg->fullscreen) flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
    int scale = cfg->scale > 0 ? cfg->scale : 2;
    p->window = SDL_CreateWindow("SkillQuest", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                                 cfg->logical_w * scale, cfg->logical_h * scale, flags);
    if (!p->window) {
        log_error("platform: cannot open a window: %s", SDL_GetError());
        plat_destroy(p);
        return NULL;
    }
    SDL_SetWindowMinimumSize(p->window, cfg->logical_w / 2, cfg->logical_h / 2);
    plat_set_icon(p, cfg->data_root);
    p->fullscreen = cfg->fullscreen;
    /* Pads already plugged in arrive as CONTROLLERDEVICEADDED events too. */
    return p;
}

void plat_destroy(plat_system *p)
{
    if (!p) return;
    for (int i = 0; i < PLAT_MAX_PADS; i++)
        if (p->pads[i]) SDL_GameControllerClose(p->pads[i]);
    if (p->window) SDL_DestroyWindow(p->window);
    SDL_Quit();
    free(p);
}

SDL_Window *plat_window(plat_system *p)
{
    return p->window;
}

void plat_toggle_fullscreen(plat_system *p)
{
    if (!p->window) return;
    bool on = !p->fullscreen;
    if (SDL_SetWindowFullscreen(p->window, on ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0) != 0) {
        log_warn("platform: cannot switch fullscreen: %s", SDL_GetError());
        return;
    }
    p->fullscreen = on;
}

bool plat_is_fullscreen(const plat_system *p)
{
    return p->fullscreen;
}

int plat_gamepad_count(const plat_system *p)
{
    int n = 0;
    for (int i = 0; i < PLAT_MAX_PADS; i++) n += p->pads[i] != NULL;
    return n;
}

static void plat_close_pad(plat_system *p, SDL_JoystickID id, in_state *input)
{
    for (int i = 0; i < PLAT_MAX_PADS; i++) {
        if (!p->pads[i] || SDL_JoystickInstanceID(SDL_GameControllerGetJoystick(p->pads[i])) != id)
            continue;
        log_info("platform: gamepad disconnected");
        SDL_GameControllerClose(p->pads[i]);
        p->pads[i] = NULL;
        /* Buttons held on a pad that is gone would stay stuck otherwise. */
        in_release_all(input);
    }
}

void plat_poll(plat_system *p, in_state *input, const in_bindings *bindings, plat_events *out)
{
    out->reload = false;
    out->log = false;
    out->mouse_clicked = false;
    out->captured_key = 0;
    out->captured_button = 0;
    if (p->headless) return;
    SDL_Event e;
    while (SDL_PollEvent(&e)) {
        switch (e.type) {
        case SDL_QUIT:
            out->quit = true;
            break;
        case SDL_KEYDOWN:
        case SDL_KEYUP: {
            bool down = e.type == SDL_KEYDOWN;
            SDL_Scancode sc = e.key.keysym.scancode;
            bool alt = (e.key.keysym.mod & KMOD_ALT) != 0;
            if (sc == SDL_SCANCODE_F11 || (alt && (sc == SDL_SCANCODE_RETURN ||
                                                   sc == SDL_SCANCODE_KP_ENTER))) {
                if (down && !e.key.repeat) plat_toggle_fullscreen(p);
                break;
            }
            if (sc == SDL_SCANCODE_F5) {
                if (down && !e.key.repeat) out->reload = true;
                break;
            }
            if (sc == SDL_SCANCODE_F3) {
                if (down && !e.key.repeat) out->log = true;
                break;
            }
            if (e.key.repeat) break;
            if (down && out->capture) {
                /* The key is being bound, not played: the game never sees it. */
                if (!out->captured_key && !out->captured_button) out->captured_key = sc;
                break;
            }
            in_key(input, bindings, sc, down);
            break;
        }
        case SDL_CONTROLLERDEVICEADDED:
            plat_open_pad(p, e.cdevice.which);
            break;
        case SDL_CONTROLLERDEVICEREMOVED:
            plat_close_pad(p, e.cdevice.which, input);
            break;
        case SDL_CONTROLLERBUTTONDOWN:
        case SDL_CONTROLLERBUTTONUP:
            if (e.type == SDL_CONTROLLERBUTTONDOWN && out->capture) {
                if (!out->captured_key && !out->captured_button)
                    out->captured_button = e.cbutton.button + 1;
                break;
            }
            in_button(input, bindings, e.cbutton.button, e.type == SDL_CONTROLLERBUTTONDOWN);
            break;
        case SDL_CONTROLLERAXISMOTION:
            if (e.caxis.axis == SDL_CONTROLLER_AXIS_LEFTX) in_axis(input, 0, e.caxis.value);
            if (e.caxis.axis == SDL_CONTROLLER_AXIS_LEFTY) in_axis(input, 1, e.caxis.value);
            break;
        case SDL_MOUSEMOTION:
            out->mouse_x = e.motion.x;
            out->mouse_y = e.motion.y;
            break;
        case SDL_MOUSEBUTTONUP:
            if (e.button.button == SDL_BUTTON_LEFT) {
                out->mouse_clicked = true;
                out->mouse_x = e.button.x;
                out->mouse_y = e.button.y;
            }
            break;
        case SDL_WINDOWEVENT:
            /* Keys released while another window had focus never reach us. */
            if (e.window.event == SDL_WINDOWEVENT_FOCUS_LOST) in_release_all(input);
            break;
        default:
            break;
        }
    }
}

double plat_now(void)
{
    static Uint64 freq;
    if (!freq) freq = SDL_GetPerformanceFrequency();
    return (double)SDL_GetPerformanceCounter() / (double)freq;
}

double plat_since_env_ns(const char *name)
{
    const char *v = getenv(name);
    if (!v || !*v) return -1.0;
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    double now = (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
    return now - strtod(v, NULL) / 1e6;
}

/* Days from 1970-01-01 to a civil date (the proleptic Gregorian calendar):
 * localtime gives the player's date without the non-standard tm_gmtoff. */
static int32_t plat_days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return (int32_t)(era * 146097 + doe - 719468);
}

int32_t plat_today(void)
{
    time_t now = time(NULL);
    struct tm local;
    if (now == (time_t)-1 || !localtime_r(&now, &local)) return 0;
    int32_t day = plat_days_from_civil(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
    return day < 0 ? 0 : day;
}

int64_t plat_minute(void)
{
    time_t now = time(NULL);
    struct tm local;
    if (now == (time_t)-1 || !localtime_r(&now, &local)) return 0;
    int32_t day = plat_days_from_civil(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
    if (day < 0) return 0;
    return (int64_t)day * 1440 + local.tm_hour * 60 + local.tm_min;
}

void plat_sleep(double seconds)
{
    if (seconds > 0) SDL_Delay((Uint32)(seconds * 1000.0));
}

int plat_refresh_rate(plat_system *p)
{
    SDL_DisplayMode mode;
    if (p && p->window && SDL_GetWindowDisplayMode(p->window, &mode) == 0 && mode.refresh_rate > 0)
        return mode.refresh_rate;
    return 60;
}

bool plat_user_dir(char *out, size_t size)
{
    char *pref = SDL_GetPrefPath("SkillQuest", "SkillQuest");
    if (!pref) return false;
    snprintf(out, size, "%s", pref);
    SDL_free(pref);
    return out[0] != '\0';
}

bool plat_tools_begin(void)
{
    if (SDL_Init(0) != 0) {
        log_error("platform: cannot start SDL: %s", SDL_GetError());
        return false;
    }
    return true;
}

void plat_tools_end(void)
{
    SDL_Quit();
}
