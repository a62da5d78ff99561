/* game_keys: the player's keys and buttons in words, the rebinding rules,
 * and level text that names keys ({confirm} becomes the player's own key).
 * The settings keep names, not codes: SDL's scancode and game-controller
 * names, the words the save stores; the simulation never sees raw keys. */
#include "game_internal.h"

#include <stdio.h>
#include <string.h>

static const char *const keys_action_words[IN_ACTION_COUNT] = {
    "Up", "Down", "Left", "Right", "Confirm", "Cancel", "Menu", "Hint",
};

/* SDL's names compare without case ("return" is Return). */
static bool controls_same(const char *a, const char *b)
{
    for (;; a++, b++) {
        char ca = *a >= 'A' && *a <= 'Z' ? (char)(*a - 'A' + 'a') : *a;
        char cb = *b >= 'A' && *b <= 'Z' ? (char)(*b - 'A' + 'a') : *b;
        if (ca != cb) return false;
        if (!ca) return true;
    }
}

/* Game-controller names are terse ("dpup", "leftshoulder"): a player reads words. */
static const char *controls_button_words(const char *name)
{
    static const char *const words[][2] = {
        {"a", "A"},
        {"b", "B"},
        {"x", "X"},
        {"y", "Y"},
        {"back", "Back"},
        {"guide", "Guide"},
        {"start", "Start"},
        {"leftstick", "Left stick"},
        {"rightstick", "Right stick"},
        {"leftshoulder", "Left shoulder"},
        {"rightshoulder", "Right shoulder"},
        {"dpup", "D-pad up"},
        {"dpdown", "D-pad down"},
        {"dpleft", "D-pad left"},
        {"dpright", "D-pad right"},
        {"misc1", "Share"},
        {"paddle1", "Paddle 1"},
        {"paddle2", "Paddle 2"},
        {"paddle3", "Paddle 3"},
        {"paddle4", "Paddle 4"},
        {"touchpad", "Touchpad"},
    };
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (controls_same(name, words[i][0])) return words[i][1];
    return name;
}

/* Keys keep SDL's names, which are words already, except the two the
 * game's hints have always shown as keycaps. */
static const char *controls_key_words(const char *name)
{
    if (controls_same(name, "Return")) return "Enter";
    if (controls_same(name, "Escape")) return "Esc";
    return name;
}

static const char *controls_words(const char *name, bool pad)
{
    return pad ? controls_button_words(name) : controls_key_words(name);
}

static sav_binding *controls_list(sav_settings *s, bool pad, int **count)
{
    *count = pad ? &s->pad_count : &s->key_count;
    return pad ? s->pad : s->keys;
}

static int controls_count_for(const sav_binding *list, int count, const char *action)
{
    int n = 0;
    for (int i = 0; i < count; i++)
        n += strcmp(list[i].action, action) == 0;
    return n;
}

static bool controls_used(const sav_binding *list, int count, const char *name)
{
    for (int i = 0; i < count; i++)
        if (controls_same(list[i].key, name)) return true;
    return false;
}

static bool controls_add(sav_binding *list, int *count, const char *action, const char *name)
{
    if (*count >= SAV_MAX_BINDINGS) return false;
    /* Names longer than the save keeps were refused before they got here. */
    snprintf(list[*count].action, sizeof list[*count].action, "%.*s", SAV_ID_MAX, action);
    snprintf(list[*count].key, sizeof list[*count].key, "%.*s", SAV_ID_MAX, name);
    (*count)++;
    return true;
}

/* An action that lost its last key gets one back, so the player can never
 * lock themselves out: its defaults no other action uses; else, a swap, a
 * key the rebound action just gave up; else its defaults shared (the rule
 * the platform applies to a save that leaves an action with nothing).
 * Writes the names it gave into `given`. */
static void controls_refill(sav_binding *list, int *count, const char *action, bool pad,
                            const char old[][SAV_ID_MAX + 1], int old_count, char *given,
                            size_t given_size)
{
    sav_settings defaults;
    sav_default_settings(&defaults);
    const sav_binding *dl = pad ? defaults.pad : defaults.keys;
    int dn = pad ? defaults.pad_count : defaults.key_count;
    given[0] = '\0';
    size_t used = 0;
    for (int pass = 0; pass < 3 && !given[0]; pass++) {
        int n = pass == 1 ? old_count : dn;
        for (int i = 0; i < n; i++) {
            const char *name = pass == 1 ? old[i] : dl[i].key;
            if (pass != 1 && strcmp(dl[i].action, action) != 0) continue;
            if (pass < 2 && controls_used(list, *count, name)) continue;
            if (!controls_add(list, count, action, name)) break;
            used += (size_t)snprintf(given + used, given_size - used, "%s%s", used ? ", " : "",
                                     controls_words(name, pad));
            if (used >= given_size) used = given_size - 1;
            if (pass == 1) break; /* a swap gives one key back, not all */
        }
    }
}

/* The key belongs to this action alone: the action's other keys go, and
 * another action holding it loses it. Returns false (and says why) only
 * when the list is full. */
static bool controls_rebind(sav_settings *s, in_action action, const char *name, bool pad,
                            char *note, size_t note_size)
{
    int *count;
    sav_binding *list = controls_list(s, pad, &count);
    const char *act = in_action_name(action);
    char old[SAV_MAX_BINDINGS][SAV_ID_MAX + 1];
    int old_count = 0;
    in_action lost = IN_ACTION_COUNT;
    int kept = 0;
    for (int i = 0; i < *count; i++) {
        sav_binding b = list[i];
        bool same = controls_same(b.key, name);
        if (strcmp(b.action, act) == 0) {
            if (!same) memcpy(old[old_count++], b.key, sizeof old[0]);
            continue;
        }
        if (same) {
            if (lost == IN_ACTION_COUNT) lost = in_action_from_name(b.action);
            continue;
        }
        list[kept++] = b;
    }
    *count = kept;
    if (!controls_add(list, count, act, name)) {
        snprintf(note, note_size, "Too many keys are bound already.");
        return false;
    }
    const char *words = controls_words(name, pad);
    if (lost == IN_ACTION_COUNT) {
        snprintf(note, note_size, "%s: %s.", keys_action_words[action], words);
        return true;
    }
    const char *from = in_action_name(lost);
    if (controls_count_for(list, *count, from) > 0) {
        snprintf(note, note_size, "%s: %s, taken from %s.", keys_action_words[action], words,
                 keys_action_words[lost]);
        return true;
    }
    char given[120];
    controls_refill(list, count, from, pad, old, old_count, given, sizeof given);
    snprintf(note, note_size, "%s: %s, taken from %s, which now uses %s.",
             keys_action_words[action], words, keys_action_words[lost],
             given[0] ? given : "nothing");
    return true;
}


/* A name the save can keep: what sav_store accepts for a key. */
static bool controls_storable(const char *name)
{
    size_t n = strlen(name);
    if (n == 0 || n > SAV_ID_MAX || name[0] == ' ' || name[n - 1] == ' ') return false;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)name[i] < 0x20 || name[i] == 0x7f) return false;
    return true;
}


const char *game_action_words(in_action action)
{
    return action >= 0 && action < IN_ACTION_COUNT ? keys_action_words[action] : "";
}

const char *game_key_words(const char *name, bool pad)
{
    return controls_words(name, pad);
}

bool game_keys_rebind(game *g, int action, const char *name, bool is_pad, char *note,
                      size_t note_size)
{
    if (action < 0 || action >= IN_ACTION_COUNT || !name) return false;
    const char *act = keys_action_words[action];
    if (!is_pad && controls_same(name, "Escape")) {
        snprintf(note, note_size, "Cancelled: %s keeps its keys.", act);
        return false;
    }
    if (!is_pad && (controls_same(name, "F11") || controls_same(name, "F5"))) {
        snprintf(note, note_size, "F11 and F5 belong to the game (fullscreen, reload): choose another key.");
        return false;
    }
    if (!controls_storable(name)) {
        snprintf(note, note_size, "That key has no name the game can keep: choose another.");
        return false;
    }
    if (!controls_rebind(&g->settings, (in_action)action, name, is_pad, note, note_size))
        return false;
    g->settings_changed = true;
    return true;
}

void game_keys_reset(game *g)
{
    sav_settings defaults;
    sav_default_settings(&defaults);
    game_set_bindings(g, &defaults);
    g->settings_changed = true;
}

void game_set_bindings(game *g, const sav_settings *from)
{
    memcpy(g->settings.keys, from->keys, sizeof from->keys);
    memcpy(g->settings.pad, from->pad, sizeof from->pad);
    g->settings.key_count = from->key_count;
    g->settings.pad_count = from->pad_count;
}

static const char *controls_label(const sav_settings *st, in_action action, bool pad, char *out,
                                  size_t size)
{
    const sav_binding *list = pad ? st->pad : st->keys;
    int count = pad ? st->pad_count : st->key_count;
    out[0] = '\0';
    for (int i = 0; i < count; i++)
        if (strcmp(list[i].action, in_action_name(action)) == 0) {
            snprintf(out, size, "%s", controls_words(list[i].key, pad));
            break;
        }
    return out;
}

const char *game_key_label(const game *g, in_action action, bool pad, char *out, size_t size)
{
    return controls_label(&g->settings, action, pad, out, size);
}

/* True when this key (or button) name is bound to the action in these settings. */
static bool controls_bound(const sav_settings *st, in_action action, bool pad, const char *name)
{
    const sav_binding *list = pad ? st->pad : st->keys;
    int count = pad ? st->pad_count : st->key_count;
    for (int i = 0; i < count; i++)
        if (strcmp(list[i].action, in_action_name(action)) == 0 && controls_same(list[i].key, name))
            return true;
    return false;
}

bool game_key_bound(const game *g, in_action action, bool pad, const char *name)
{
    return controls_bound(&g->settings, action, pad, name);
}


/* "{move}": the arrow keys (and WASD, when both are bound) by the names
 * players use, or else the four keys the player chose, in W A S D order. */
static void controls_move_words(const sav_settings *st, char *out, size_t size)
{
    static const in_action order[4] = {IN_UP, IN_LEFT, IN_DOWN, IN_RIGHT};
    static const char *const arrows[4] = {"Up", "Left", "Down", "Right"};
    static const char *const wasd[4] = {"W", "A", "S", "D"};
    char keys[4][SAV_ID_MAX + 1];
    bool arrow_keys = true, also_wasd = true;
    for (int i = 0; i < 4; i++) {
        controls_label(st, order[i], false, keys[i], sizeof keys[i]);
        arrow_keys = arrow_keys && strcmp(keys[i], arrows[i]) == 0;
        also_wasd = also_wasd && controls_bound(st, order[i], false, wasd[i]);
    }
    if (arrow_keys)
        snprintf(out, size, also_wasd ? "the arrow keys or WASD" : "the arrow keys");
    else
        snprintf(out, size, "%s %s %s %s", keys[0], keys[1], keys[2], keys[3]);
}

void game_expand_keys_for(const sav_settings *st, const char *text, char *out, size_t size)
{
    size_t used = 0;
    if (size == 0) return;
    while (*text && used + 1 < size) {
        /* A name is short: the closing brace is looked for within the next
         * few bytes only, so text full of '{' costs no more than its length. */
        const char *close = NULL;
        char name[16], words[4 * (SAV_ID_MAX + 1) + 32] = "";
        for (size_t k = 1; *text == '{' && k <= sizeof name && text[k]; k++)
            if (text[k] == '}') {
                close = text + k;
                break;
            }
        size_t len = close ? (size_t)(close - text - 1) : 0;
        if (close && len > 0 && len < sizeof name) {
            memcpy(name, text + 1, len);
            name[len] = '\0';
            in_action action = in_action_from_name(name);
            if (strcmp(name, "move") == 0)
                controls_move_words(st, words, sizeof words);
            else if (action != IN_ACTION_COUNT)
                controls_label(st, action, false, words, sizeof words);
        }
        if (words[0]) {
            /* A known name: its key. Anything else in braces ({"id": 7} in a
             * quiz about JSON) stays as written. */
            int n = snprintf(out + used, size - used, "%s", words);
            used += n > 0 && (size_t)n < size - used ? (size_t)n : size - used - 1;
            text = close + 1;
        } else {
            out[used++] = *text++;
        }
    }
    out[used] = '\0';
}

void game_expand_keys(const game *g, const char *text, char *out, size_t size)
{
    game_expand_keys_for(&g->settings, text, out, size);
}
