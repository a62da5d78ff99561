/* input: maps keys, gamepad buttons and sticks to game actions. Game code reads
 * actions, never keys. The state is fed events and sampled once per tick, so
 * a tap shorter than a tick is never lost. Uses SDL's key and button codes as
 * plain numbers; it opens no device itself. */
#ifndef SQ_INPUT_H
#define SQ_INPUT_H

#include <stdbool.h>
#include <stdint.h>

typedef enum {
    IN_UP,
    IN_DOWN,
    IN_LEFT,
    IN_RIGHT,
    IN_CONFIRM,
    IN_CANCEL,
    IN_MENU,
    IN_HINT,
    IN_ACTION_COUNT
} in_action;

#define IN_BIT(action) (1u << (action))
#define IN_MAX_KEYS_PER_ACTION 4
#define IN_MAX_BUTTONS_PER_ACTION 2
#define IN_STICK_DEADZONE 12000 /* of 32767: past this a stick counts as a direction */

/* What the simulation sees for one tick. */
typedef struct {
    uint32_t held;     /* actions down at the end of the tick */
    uint32_t pressed;  /* went down since the previous tick */
    uint32_t released; /* went up since the previous tick */
} in_frame;

typedef struct {
    int keys[IN_ACTION_COUNT][IN_MAX_KEYS_PER_ACTION];       /* SDL_Scancode, 0 = unused */
    int buttons[IN_ACTION_COUNT][IN_MAX_BUTTONS_PER_ACTION]; /* SDL_GameControllerButton + 1, 0 = unused */
} in_bindings;

typedef struct {
    uint8_t key_count[IN_ACTION_COUNT];    /* bound keys currently down */
    uint8_t button_count[IN_ACTION_COUNT]; /* bound buttons currently down */
    uint32_t stick;                        /* directions the left stick points */
    uint32_t scripted;                     /* held by a replay script */
    uint32_t prev_held;
    uint32_t pressed_since_sample;
    uint32_t released_since_sample;
} in_state;

void in_default_bindings(in_bindings *b);
/* Adds one key (scancode) or button to an action; false when the action has
 * no free slot. Binding what the action already has changes nothing. */
bool in_bind_key(in_bindings *b, in_action action, int scancode);
bool in_bind_button(in_bindings *b, in_action action, int button);
/* An action left with no key gets its default keys back, and one with no
 * button its default buttons, so the player can never lock themselves out:
 * the defaults no other action uses, or all of them when every one is taken.
 * Returns the IN_BIT mask of the actions it filled. */
uint32_t in_fill_unbound(in_bindings *b);
const char *in_action_name(in_action action);
/* Returns IN_ACTION_COUNT for an unknown name. */
in_action in_action_from_name(const char *name);

void in_reset(in_state *s);
/* Key repeat events must be filtered by the caller (SDL marks them). */
void in_key(in_state *s, const in_bindings *b, int scancode, bool down);
void in_button(in_state *s, const in_bindings *b, int button, bool down);
/* Left stick axes: 0 = x, 1 = y, value -32768..32767. */
void in_axis(in_state *s, int axis, int value);
void in_script_set(in_state *s, in_action action, bool down);
/* Releases everything (focus lost, device removed) with release edges. */
void in_release_all(in_state *s);
uint32_t in_held(const in_state *s);
/* Takes one tick's frame and clears the edges. */
in_frame in_sample(in_state *s);

#endif
