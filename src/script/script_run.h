/* script_run: a loaded level at run time, shared by the files that load it
 * (script_load.c), run it (script_run.c) and bind the sq.* API to the game
 * (script_bind_*.c). Private to the script module. */
#ifndef SQ_SCRIPT_RUN_H
#define SQ_SCRIPT_RUN_H

#include "script_level.h"

/* A behaviour's callbacks that can be switched off after an error. */
enum { SCR_ON_UPDATE, SCR_ON_TOUCH, SCR_ON_INTERACT, SCR_ON_COUNT };

/* A behaviour as the level spawns it: its table is kinds[index] in Lua. */
typedef struct {
    char type[SCR_MAX_NAME + 1];
    bool off[SCR_ON_COUNT];
} scr_kind;

/* An entity with an on_update: its function and instance are at 2i+1 and
 * 2i+2 of the level's update table. id 0: removed since. */
typedef struct {
    int id;
    int kind;
} scr_updater;

/* id -> what the level knows of an entity it spawned (open addressing). */
typedef struct {
    int id;     /* 0: empty */
    int kind;
    int update; /* index into updaters, or -1 */
} scr_slot;

typedef struct {
    double due;
    uint64_t seq; /* creation order: timers made during a pass wait for the next */
    int fn_ref;
} scr_timer;

struct scr_level {
    scr_sandbox *sb;
    const scr_host *host;
    scr_limits limits;
    char path[4096];
    const char *name; /* the file name in path, for messages */
    char data_root[1024]; /* where scripts/ lives: sq.module's shared modules */
    lvl_def *def;
    int level_ref, behaviours_ref, skills_ref, helpers_ref, fields_ref;
    int modules_ref; /* sq.module: name -> what the file returned */
    int instances_ref, kinds_ref, kind_of_ref, updates_ref;
    int callback_ref[SCR_CB_COUNT]; /* the level's own callbacks, LUA_NOREF when none */
    bool callback_off[SCR_CB_COUNT];
    bool stopped;
    scr_kind *kinds;
    int kind_count, kind_cap;
    scr_updater *updaters;
    int update_count, update_cap, update_dead;
    int update_next, update_end; /* the pass running now */
    double dt;
    scr_slot *slots;
    int slot_cap, entity_count;
    scr_timer *timers; /* a binary heap by (due, seq) */
    int timer_count, timer_cap;
    uint64_t timer_seq;
    double time;
};

/* script_run.c */
scr_level *scr_self(lua_State *L);
const scr_host *scr_host_of(lua_State *L);
/* Pushes the behaviour table for type: the level's own first, then shared. */
bool scr_push_behaviour(lua_State *L, scr_level *lv, const char *type);
/* Pushes the instance table of an entity (created on first use). */
void scr_push_instance(lua_State *L, scr_level *lv, int id);
/* After the host spawned entity id from the behaviour at index b: remembers
 * it, and lists it for on_update when its behaviour has one. */
void scr_track_entity(lua_State *L, scr_level *lv, int id, const char *type, int b);
/* Queues fn (at index arg) to run `seconds` of game time from now; returns
 * its handle. */
uint64_t scr_add_timer(lua_State *L, scr_level *lv, double seconds, int arg);
/* Forgets a timer before it runs; false when it ran or was cancelled. */
bool scr_cancel_timer(lua_State *L, scr_level *lv, uint64_t handle);
/* Reports a level's error and switches `what` off (or, when the level went
 * over its budget, stops the level). */
void scr_report(scr_level *lv, const char *what, const char *err);

/* script_bind_*.c: sq.<name> for each entry of script_api.def. */
#define SQ_API(name, params, returns, summary, example) int scr_api_##name(lua_State *L);
#include "script_api.def"
#undef SQ_API

/* script_bind_world.c: argument checks the bindings share. */
int scr_check_id(lua_State *L, int arg);
/* A string argument of at most max bytes; the error names sq.fn and what. */
const char *scr_check_text(lua_State *L, int arg, const char *fn, const char *what, size_t max);

#endif
