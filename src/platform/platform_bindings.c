/* platform_bindings: the player's key and button names turned into codes and
 * back. Names are SDL's own (scancode names, game-controller button names),
 * so they mean the same key on every keyboard layout and survive an SDL
 * upgrade; the lookups are tables that need no SDL_Init. */
#include "platform.h"
#include "log.h"

#include <SDL.h>
#include <stdio.h>
#include <string.h>

/* F11 and F5 never reach the input module (fullscreen, reload): a binding
 * to them could never fire. */
static bool plat_reserved_key(SDL_Scancode sc)
{
    return sc == SDL_SCANCODE_F11 || sc == SDL_SCANCODE_F5;
}

int plat_bindings_from_settings(const sav_settings *s, in_bindings *out)
{
    memset(out, 0, sizeof *out);
    int skipped = 0;
    int key_count = s->key_count < SAV_MAX_BINDINGS ? s->key_count : SAV_MAX_BINDINGS;
    for (int i = 0; i < key_count; i++) {
        const sav_binding *b = &s->keys[i];
        in_action action = in_action_from_name(b->action);
        SDL_Scancode sc = SDL_GetScancodeFromName(b->key);
        const char *why = action == IN_ACTION_COUNT       ? "unknown action"
                          : sc == SDL_SCANCODE_UNKNOWN    ? "unknown key"
                          : plat_reserved_key(sc)         ? "a key the game keeps for itself"
                          : !in_bind_key(out, action, sc) ? "too many keys for one action"
                                                          : NULL;
        if (why) {
            log_warn("input: saved key '%s' for '%s' skipped: %s", b->key, b->action, why);
            skipped++;
        }
    }
    int pad_count = s->pad_count < SAV_MAX_BINDINGS ? s->pad_count : SAV_MAX_BINDINGS;
    for (int i = 0; i < pad_count; i++) {
        const sav_binding *b = &s->pad[i];
        in_action action = in_action_from_name(b->action);
        SDL_GameControllerButton button = SDL_GameControllerGetButtonFromString(b->key);
        const char *why = action == IN_ACTION_COUNT                 ? "unknown action"
                          : button == SDL_CONTROLLER_BUTTON_INVALID ? "unknown button"
                          : !in_bind_button(out, action, (int)button)
                              ? "too many buttons for one action"
                              : NULL;
        if (why) {
            log_warn("input: saved gamepad button '%s' for '%s' skipped: %s", b->key, b->action,
                     why);
            skipped++;
        }
    }
    uint32_t filled = in_fill_unbound(out);
    for (int a = 0; a < IN_ACTION_COUNT; a++)
        if (filled & IN_BIT(a))
            log_warn("input: '%s' had no key or no button left: its defaults are back",
                     in_action_name((in_action)a));
    return skipped;
}

static void plat_put(sav_binding *list, int *count, in_action action, const char *name)
{
    if (*count >= SAV_MAX_BINDINGS || !name || !name[0] || strlen(name) > SAV_ID_MAX) return;
    snprintf(list[*count].action, sizeof list[*count].action, "%s", in_action_name(action));
    snprintf(list[*count].key, sizeof list[*count].key, "%s", name);
    (*count)++;
}

void plat_settings_from_bindings(const in_bindings *b, sav_settings *s)
{
    s->key_count = 0;
    s->pad_count = 0;
    for (int a = 0; a < IN_ACTION_COUNT; a++) {
        for (int k = 0; k < IN_MAX_KEYS_PER_ACTION; k++)
            if (b->keys[a][k] > 0)
                plat_put(s->keys, &s->key_count, (in_action)a,
                         SDL_GetScancodeName((SDL_Scancode)b->keys[a][k]));
        for (int k = 0; k < IN_MAX_BUTTONS_PER_ACTION; k++)
            if (b->buttons[a][k] > 0)
                plat_put(s->pad, &s->pad_count, (in_action)a,
                         SDL_GameControllerGetStringForButton(
                             (SDL_GameControllerButton)(b->buttons[a][k] - 1)));
    }
}

bool plat_key_name(int scancode, char *out, size_t size)
{
    if (scancode <= SDL_SCANCODE_UNKNOWN || scancode >= SDL_NUM_SCANCODES ||
        plat_reserved_key((SDL_Scancode)scancode))
        return false;
    const char *name = SDL_GetScancodeName((SDL_Scancode)scancode);
    if (!name || !name[0] || strlen(name) > SAV_ID_MAX) return false;
    snprintf(out, size, "%s", name);
    return true;
}

bool plat_button_name(int button, char *out, size_t size)
{
    if (button < 0 || button >= SDL_CONTROLLER_BUTTON_MAX) return false;
    const char *name = SDL_GameControllerGetStringForButton((SDL_GameControllerButton)button);
    if (!name || !name[0] || strlen(name) > SAV_ID_MAX) return false;
    snprintf(out, size, "%s", name);
    return true;
}
