/* input: counting bound keys per action lets two keys for one action overlap
 * (hold Left and A, release A: still moving left). */
#include "input.h"

#include <SDL_gamecontroller.h>
#include <SDL_scancode.h>
#include <stdio.h>
#include <string.h>

static const char *const in_names[IN_ACTION_COUNT] = {
    "up", "down", "left", "right", "confirm", "cancel", "menu", "hint",
};

const char *in_action_name(in_action action)
{
    return (unsigned)action < IN_ACTION_COUNT ? in_names[action] : "?";
}

in_action in_action_from_name(const char *name)
{
    for (int i = 0; i < IN_ACTION_COUNT; i++)
        if (strcmp(name, in_names[i]) == 0) return (in_action)i;
    return IN_ACTION_COUNT;
}

static const int in_default_keys[IN_ACTION_COUNT][IN_MAX_KEYS_PER_ACTION] = {
    [IN_UP] = {SDL_SCANCODE_UP, SDL_SCANCODE_W},
    [IN_DOWN] = {SDL_SCANCODE_DOWN, SDL_SCANCODE_S},
    [IN_LEFT] = {SDL_SCANCODE_LEFT, SDL_SCANCODE_A},
    [IN_RIGHT] = {SDL_SCANCODE_RIGHT, SDL_SCANCODE_D},
    [IN_CONFIRM] = {SDL_SCANCODE_RETURN, SDL_SCANCODE_SPACE, SDL_SCANCODE_KP_ENTER, SDL_SCANCODE_E},
    [IN_CANCEL] = {SDL_SCANCODE_ESCAPE, SDL_SCANCODE_BACKSPACE, SDL_SCANCODE_Q},
    [IN_MENU] = {SDL_SCANCODE_TAB, SDL_SCANCODE_P},
    [IN_HINT] = {SDL_SCANCODE_H},
};

static const int in_default_buttons[IN_ACTION_COUNT][IN_MAX_BUTTONS_PER_ACTION] = {
    [IN_UP] = {SDL_CONTROLLER_BUTTON_DPAD_UP + 1},
    [IN_DOWN] = {SDL_CONTROLLER_BUTTON_DPAD_DOWN + 1},
    [IN_LEFT] = {SDL_CONTROLLER_BUTTON_DPAD_LEFT + 1},
    [IN_RIGHT] = {SDL_CONTROLLER_BUTTON_DPAD_RIGHT + 1},
    [IN_CONFIRM] = {SDL_CONTROLLER_BUTTON_A + 1},
    [IN_CANCEL] = {SDL_CONTROLLER_BUTTON_B + 1},
    [IN_MENU] = {SDL_CONTROLLER_BUTTON_START + 1, SDL_CONTROLLER_BUTTON_BACK + 1},
    [IN_HINT] = {SDL_CONTROLLER_BUTTON_Y + 1},
};

void in_default_bindings(in_bindings *b)
{
    memset(b, 0, sizeof *b);
    memcpy(b->keys, in_default_keys, sizeof in_default_keys);
    memcpy(b->buttons, in_default_buttons, sizeof in_default_buttons);
}

/* Keys and buttons share one shape: a row of codes per action, 0 = free. */
static bool in_add_code(int *row, int slots, int code)
{
    for (int k = 0; k < slots; k++)
        if (row[k] == code) return true;
    for (int k = 0; k < slots; k++)
        if (row[k] == 0) {
            row[k] = code;
            return true;
        }
    return false;
}

bool in_bind_key(in_bindings *b, in_action action, int scancode)
{
    if ((unsigned)action >= IN_ACTION_COUNT || scancode <= 0) return false;
    return in_add_code(b->keys[action], IN_MAX_KEYS_PER_ACTION, scancode);
}

bool in_bind_button(in_bindings *b, in_action action, int button)
{
    if ((unsigned)action >= IN_ACTION_COUNT || button < 0) return false;
    return in_add_code(b->buttons[action], IN_MAX_BUTTONS_PER_ACTION, button + 1);
}

static bool in_key_used(const in_bindings *b, int code)
{
    for (int a = 0; a < IN_ACTION_COUNT; a++)
        for (int k = 0; k < IN_MAX_KEYS_PER_ACTION; k++)
            if (b->keys[a][k] == code) return true;
    return false;
}

static bool in_button_used(const in_bindings *b, int code)
{
    for (int a = 0; a < IN_ACTION_COUNT; a++)
        for (int k = 0; k < IN_MAX_BUTTONS_PER_ACTION; k++)
            if (b->buttons[a][k] == code) return true;
    return false;
}

/* Fills an empty row from its defaults: free ones first; when every default
 * is taken, sharing a key beats an action nothing can trigger. */
static bool in_fill_row(const in_bindings *b, int *row, const int *defaults, int slots,
                        bool (*used)(const in_bindings *, int))
{
    for (int k = 0; k < slots; k++)
        if (row[k]) return false;
    int n = 0;
    for (int k = 0; k < slots; k++)
        if (defaults[k] && !used(b, defaults[k])) row[n++] = defaults[k];
    if (n == 0)
        for (int k = 0; k < slots; k++) row[k] = defaults[k];
    return true;
}

uint32_t in_fill_unbound(in_bindings *b)
{
    uint32_t filled = 0;
    for (int a = 0; a < IN_ACTION_COUNT; a++) {
        if (in_fill_row(b, b->keys[a], in_default_keys[a], IN_MAX_KEYS_PER_ACTION, in_key_used))
            filled |= IN_BIT(a);
        if (in_fill_row(b, b->buttons[a], in_default_buttons[a], IN_MAX_BUTTONS_PER_ACTION,
                        in_button_used))
            filled |= IN_BIT(a);
    }
    return filled;
}

void in_reset(in_state *s)
{
    memset(s, 0, sizeof *s);
}

uint32_t in_held(const in_state *s)
{
    uint32_t held = s->stick | s->scripted;
    for (int a = 0; a < IN_ACTION_COUNT; a++)
        if (s->key_count[a] || s->button_count[a]) held |= IN_BIT(a);
    return held;
}

/* Called after any change: records edges against what the last change saw,
 * so a press and release inside one tick leave both edges behind. */
static void in_note_change(in_state *s, uint32_t before)
{
    uint32_t after = in_held(s);
    s->pressed_since_sample |= after & ~before;
    s->released_since_sample |= before & ~after;
}

void in_key(in_state *s, const in_bindings *b, int scancode, bool down)
{
    if (scancode <= 0) return;
    uint32_t before = in_held(s);
    for (int a = 0; a < IN_ACTION_COUNT; a++) {
        for (int k = 0; k < IN_MAX_KEYS_PER_ACTION; k++) {
            if (b->keys[a][k] != scancode) continue;
            if (down && s->key_count[a] < 255) s->key_count[a]++;
            if (!down && s->key_count[a] > 0) s->key_count[a]--;
        }
    }
    in_note_change(s, before);
}

void in_button(in_state *s, const in_bindings *b, int button, bool down)
{
    uint32_t before = in_held(s);
    for (int a = 0; a < IN_ACTION_COUNT; a++) {
        for (int k = 0; k < IN_MAX_BUTTONS_PER_ACTION; k++) {
            if (b->buttons[a][k] == 0 || b->buttons[a][k] != button + 1) continue;
            if (down && s->button_count[a] < 255) s->button_count[a]++;
            if (!down && s->button_count[a] > 0) s->button_count[a]--;
        }
    }
    in_note_change(s, before);
}

void in_axis(in_state *s, int axis, int value)
{
    uint32_t before = in_held(s);
    uint32_t neg = axis == 0 ? IN_BIT(IN_LEFT) : IN_BIT(IN_UP);
    uint32_t pos = axis == 0 ? IN_BIT(IN_RIGHT) : IN_BIT(IN_DOWN);
    if (axis != 0 && axis != 1) return;
    s->stick &= ~(neg | pos);
    if (value <= -IN_STICK_DEADZONE) s->stick |= neg;
    if (value >= IN_STICK_DEADZONE) s->stick |= pos;
    in_note_change(s, before);
}

void in_script_set(in_state *s, in_action action, bool down)
{
    if ((unsigned)action >= IN_ACTION_COUNT) return;
    uint32_t before = in_held(s);
    if (down)
        s->scripted |= IN_BIT(action);
    else
        s->scripted &= ~IN_BIT(action);
    in_note_change(s, before);
}

void in_release_all(in_state *s)
{
    uint32_t before = in_held(s);
    memset(s->key_count, 0, sizeof s->key_count);
    memset(s->button_count, 0, sizeof s->button_count);
    s->stick = 0;
    s->scripted = 0;
    in_note_change(s, before);
}

in_frame in_sample(in_state *s)
{
    in_frame f;
    f.held = in_held(s);
    f.pressed = s->pressed_since_sample;
    f.released = s->released_since_sample;
    s->pressed_since_sample = 0;
    s->released_since_sample = 0;
    s->prev_held = f.held;
    return f;
}
