/* game_room: the first playable room. An office floor with a mentor who
 * talks, skill orbs to collect, bugs that patrol and send you back to the
 * door, a terminal and an exit that opens once every skill is held.
 * (Issue 3 moves rooms like this one into Lua level files.) */
#include "game_internal.h"
#include "log.h"
#include "world.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { KIND_PLAYER = 1, KIND_MENTOR, KIND_BUG, KIND_ORB, KIND_TERMINAL, KIND_EXIT };
enum { FACE_DOWN, FACE_UP, FACE_LEFT, FACE_RIGHT };

#define ROOM_PLAYER_SPEED 320 /* subpixels per tick: 1.25 px, 75 px/s */
#define ROOM_PLAYER_DIAGONAL 226
#define ROOM_BUG_SPEED 160
#define ROOM_HURT_TICKS 90
#define ROOM_MAX_PAGES 4
#define ROOM_PAGE_BYTES 400

/* '#' wall, '.' floor, ',' carpet; D desk, P plant, B bookshelf, R server rack
 * (solid props on the floor); @ player, M mentor, b bug, o skill orb,
 * T terminal, E exit (in a wall). */
static const char *const room_map[] = {
    "##################################################",
    "#BBB..P........#,,,,,,,,,,,#.........RRRRR..E....#",
    "#..............#,,,,,,,,,,,#.....................#",
    "#..DD.....DD...#,,,,o,,,,,,#.....b...............#",
    "#..............#,,,,,,,,,,,#.....................#",
    "#..DD.....DD...#,,,,,,,,,,,#...DD...DD...DD......#",
    "#.......o......#,,,,,,,,,,,#.....................#",
    "#..............#,,,,,,,,,,,#...DD...DD...DD...o..#",
    "#..............#,,,,,,,,,,,#.....................#",
    "#######..#######,,,,,,,,,,,#######..##########..##",
    "#..............#,,,,,,,,,,,#.....................#",
    "#...b..........#,,,,,,,,,,,#.....................#",
    "#..............###,,,,,#####........b............#",
    "#.....#####......................................#",
    "#.....#...#.........................P............#",
    "#.....#.o.#.......T..............................#",
    "#.....##.##..........................BBBB........#",
    "#................................................#",
    "#..........................................b.....#",
    "####..##########....##########..############..####",
    "#,,,,,,,,,,,,,,,#....#RRRR...#,,,,,,,,,,,,,,,,,,,#",
    "#,,,,,,,,,,,,,,,#....#.......#,,,,,,,,,,,,,,,,,o,#",
    "#,,,,,,,,,,,,,,,#....#...b...#,,,,,,,,,,,,,,,,,,,#",
    "#,,P,,,,,,,,,,,,#....#.......#,,,,,,,,,,,,,,,,,,,#",
    "#,,,,,,,,,,,,,,,#....####..###,,,,,,,,,,,,,,,,,,,#",
    "#..M.....................................P.......#",
    "#.@..............................................#",
    "##################################################",
};
#define ROOM_W 50
#define ROOM_H ((int)(sizeof room_map / sizeof *room_map))

/* What each skill orb teaches, in the order the orbs are picked up. */
static const struct {
    const char *name;
    const char *card;
} room_skills[] = {
    {"HTTP", "HTTP is the request-response protocol of the web. A client sends a method such "
             "as GET or POST and a path; the server answers with a status code, like 200 OK or "
             "404 Not Found, and a body."},
    {"HTML", "HTML gives a web page its structure: headings, paragraphs, links and forms. "
             "A backend either renders HTML itself or serves the data a page displays."},
    {"CSS", "CSS styles HTML: layout, colours and fonts. Selectors choose elements, and the "
            "cascade decides which rule wins when several apply."},
    {"JavaScript", "JavaScript runs in every web browser, and with Node.js on servers too. "
                   "Front-end code calls your backend's APIs, for example with fetch()."},
    {"Unit tests", "A unit test checks one small piece of code in isolation. A change that "
                   "breaks it is caught in seconds on your machine instead of in production."},
};
#define ROOM_SKILL_COUNT ((int)(sizeof room_skills / sizeof *room_skills))

static const char *const mentor_pages[] = {
    "Welcome to the office! I'm Ada. You start here as a backend developer: you write the "
    "server side of web apps, meaning the APIs, the business logic and the tests that keep "
    "them honest.",
    "Walk with the arrow keys or WASD, or a gamepad. Press Enter or Space to talk to people "
    "and to turn the page. F11 switches to fullscreen.",
    "Five skill orbs are on this floor. Collect them all, then take the exit at the top right. "
    "Mind the bugs: if one catches you, you are sent back to the door.",
};

static const char *const terminal_pages[] = {
    "The CI dashboard reads: \"main: 42 tests passed, 0 failed.\"",
    "A green build means every automated check that exists ran and agreed with the code. "
    "It says nothing about the checks nobody wrote yet.",
};

typedef struct {
    uint16_t player[4]; /* first walk frame per facing */
    uint16_t mentor, bug, orb, terminal, exit, shadow;
    uint16_t floor[3], carpet, wall_top, wall_face, floor_shadow;
    uint16_t desk, plant, bookshelf, server_rack;
    uint16_t panel, arrow, key, star;
} room_sprites;

typedef struct {
    game_scene base;
    world *world;
    room_sprites spr;
    wld_handle player, mentor, terminal, exit;
    int32_t start_x, start_y;
    int facing;
    bool moving;
    int step_timer;
    bool bumping;
    int hurt_timer;
    int orbs_total, orbs_taken;
    bool exit_open, complete;
    /* dialogue */
    bool talking;
    char speaker[48];
    char pages[ROOM_MAX_PAGES][ROOM_PAGE_BYTES];
    int page_count, page;
    int dialogue_ticks; /* since the page opened, for the blinking marker */
    bool quit_prompt;
    uint64_t ticks;
    rng_state *rng;
} room;

static void room_say(room *r, const char *speaker, const char *const *pages, int count)
{
    snprintf(r->speaker, sizeof r->speaker, "%s", speaker);
    r->page_count = count < ROOM_MAX_PAGES ? count : ROOM_MAX_PAGES;
    for (int i = 0; i < r->page_count; i++)
        snprintf(r->pages[i], sizeof r->pages[i], "%s", pages[i]);
    r->page = 0;
    r->talking = true;
    r->dialogue_ticks = 0;
}

static void room_say_one(room *r, const char *speaker, const char *text)
{
    room_say(r, speaker, &text, 1);
}

static bool room_is_wall(int x, int y)
{
    if (x < 0 || y < 0 || x >= ROOM_W || y >= ROOM_H) return true;
    return room_map[y][x] == '#' || room_map[y][x] == 'E';
}

static uint16_t room_floor_variant(const room *r, int x, int y)
{
    /* A fixed hash of the cell, not the seeded generator: the floor looks the
     * same in every run and does not consume random numbers. */
    unsigned h = ((unsigned)x * 73856093u) ^ ((unsigned)y * 19349663u);
    unsigned pick = (h >> 3) % 8;
    return r->spr.floor[pick < 6 ? 0 : pick - 5];
}

static void room_build_map(game *g, room *r)
{
    world *w = r->world;
    wld_map_reset(w, ROOM_W, ROOM_H);
    for (int y = 0; y < ROOM_H; y++) {
        for (int x = 0; x < ROOM_W; x++) {
            char c = room_map[y][x];
            if (room_is_wall(x, y)) {
                /* A wall shows its face where the floor below can see it. */
                uint16_t tile = room_is_wall(x, y + 1) ? r->spr.wall_top : r->spr.wall_face;
                wld_map_set(w, x, y, tile, 0, true);
                continue;
            }
            /* Things standing on carpet keep the carpet under them. */
            bool carpet = c == ',' || (c != '.' && (room_map[y][x - 1] == ',' ||
                                                    room_map[y][x + 1] == ','));
            uint16_t ground = carpet ? r->spr.carpet : room_floor_variant(r, x, y);
            uint16_t deco = 0;
            bool solid = false;
            switch (c) {
            case 'D': deco = r->spr.desk, solid = true; break;
            case 'P': deco = r->spr.plant, solid = true; break;
            case 'B': deco = r->spr.bookshelf, solid = true; break;
            case 'R': deco = r->spr.server_rack, solid = true; break;
            default: break;
            }
            if (!deco && room_is_wall(x, y - 1)) deco = r->spr.floor_shadow;
            wld_map_set(w, x, y, ground, deco, solid);
        }
    }
    (void)g;
}

static wld_handle room_spawn(room *r, uint16_t kind, uint16_t flags, int x, int y, int w, int h,
                             uint16_t sprite, uint8_t frames, uint8_t rate, int dx, int dy)
{
    wld_entity_desc d = {kind, flags, x, y, (int16_t)w, (int16_t)h, sprite, frames, rate,
                         (int8_t)dx, (int8_t)dy, 0};
    return wld_spawn(r->world, &d);
}

static void room_bug_new_direction(room *r, wld_handle bug)
{
    static const int dirs[4][2] = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
    int d = (int)rng_below(r->rng, 4);
    wld_set_velocity(r->world, bug, dirs[d][0] * ROOM_BUG_SPEED, dirs[d][1] * ROOM_BUG_SPEED);
    /* How long to keep this heading, in ticks. */
    wld_set_user(r->world, bug, rng_range(r->rng, 45, 150));
}

static void room_spawn_entities(room *r)
{
    for (int y = 0; y < ROOM_H; y++) {
        for (int x = 0; x < ROOM_W; x++) {
            int px = x * WLD_TILE, py = y * WLD_TILE;
            switch (room_map[y][x]) {
            case '@':
                /* The collider is the feet; the sprite stands above it. */
                r->player = room_spawn(r, KIND_PLAYER, WLD_F_MOVES, px + 3, py + 6, 10, 9,
                                       r->spr.player[FACE_DOWN], 1, 1, -3, -7);
                wld_position(r->world, r->player, &r->start_x, &r->start_y);
                break;
            case 'M':
                r->mentor = room_spawn(r, KIND_MENTOR, WLD_F_SOLID, px + 2, py + 6, 12, 10,
                                       r->spr.mentor, 2, 30, -2, -6);
                break;
            case 'b': {
                wld_handle bug = room_spawn(r, KIND_BUG, WLD_F_MOVES | WLD_F_SENSOR, px + 2,
                                            py + 4, 12, 11, r->spr.bug, 4, 8, -2, -5);
                room_bug_new_direction(r, bug);
                break;
            }
            case 'o':
                room_spawn(r, KIND_ORB, WLD_F_SENSOR, px + 3, py + 3, 10, 10, r->spr.orb, 4, 10,
                           -3, -3);
                r->orbs_total++;
                break;
            case 'T':
                r->terminal = room_spawn(r, KIND_TERMINAL, WLD_F_SOLID, px + 1, py + 4, 14, 12,
                                         r->spr.terminal, 2, 40, -1, -4);
                break;
            case 'E':
                /* Reaches 3 px below the wall so the player can touch it. */
                r->exit = room_spawn(r, KIND_EXIT, WLD_F_SENSOR, px + 2, py, 12, 19,
                                     r->spr.exit, 2, 45, -2, 0);
                break;
            default:
                break;
            }
        }
    }
}

static void room_lookup_sprites(game *g, room *r)
{
    static const char *const dirs[4] = {"player_down", "player_up", "player_left", "player_right"};
    for (int i = 0; i < 4; i++) r->spr.player[i] = game_anim(g, dirs[i], 4);
    r->spr.mentor = game_anim(g, "mentor", 2);
    r->spr.bug = game_anim(g, "bug", 4);
    r->spr.orb = game_anim(g, "orb", 4);
    r->spr.terminal = game_anim(g, "terminal", 2);
    r->spr.exit = game_anim(g, "exit", 2);
    r->spr.floor[0] = game_anim(g, "floor", 3);
    r->spr.floor[1] = r->spr.floor[0] + 1;
    r->spr.floor[2] = r->spr.floor[0] + 2;
    r->spr.shadow = game_sprite(g, "shadow");
    r->spr.carpet = game_sprite(g, "carpet");
    r->spr.wall_top = game_sprite(g, "wall_top");
    r->spr.wall_face = game_sprite(g, "wall_face");
    r->spr.floor_shadow = game_sprite(g, "floor_shadow");
    r->spr.desk = game_sprite(g, "desk");
    r->spr.plant = game_sprite(g, "plant");
    r->spr.bookshelf = game_sprite(g, "bookshelf");
    r->spr.server_rack = game_sprite(g, "server_rack");
    r->spr.panel = game_sprite(g, "ui_panel");
    r->spr.arrow = game_sprite(g, "ui_arrow");
    r->spr.key = game_sprite(g, "ui_key");
    r->spr.star = game_sprite(g, "ui_star");
}

/* The entity the player would talk to: the nearest talkable one within reach. */
static wld_handle room_talk_target(room *r)
{
    int32_t px, py;
    int pw, ph;
    wld_position(r->world, r->player, &px, &py);
    wld_size(r->world, r->player, &pw, &ph);
    const int reach = 6 * WLD_SUBPX;
    wld_handle candidates[2] = {r->mentor, r->terminal};
    for (int i = 0; i < 2; i++) {
        wld_handle h = candidates[i];
        if (!wld_alive(r->world, h)) continue;
        int32_t x, y;
        int w, hgt;
        wld_position(r->world, h, &x, &y);
        wld_size(r->world, h, &w, &hgt);
        if (px - reach < x + w * WLD_SUBPX && x < px + pw * WLD_SUBPX + reach &&
            py - reach < y + hgt * WLD_SUBPX && y < py + ph * WLD_SUBPX + reach)
            return h;
    }
    return (wld_handle){0, 0};
}

static void room_interact(game *g, room *r, wld_handle target)
{
    uint16_t kind = wld_kind(r->world, target);
    if (kind == KIND_MENTOR) {
        if (r->complete) {
            room_say_one(r, "Ada, senior engineer",
                         "Every skill on this floor, and no bug got the better of you. "
                         "Developers build to a blueprint; one day you will draw the blueprint.");
        } else {
            room_say(r, "Ada, senior engineer", mentor_pages,
                     (int)(sizeof mentor_pages / sizeof *mentor_pages));
        }
    } else if (kind == KIND_TERMINAL) {
        room_say(r, "Terminal", terminal_pages,
                 (int)(sizeof terminal_pages / sizeof *terminal_pages));
    }
    game_cue_play(g, CUE_TALK);
}

static void room_touch(game *g, room *r, wld_handle other)
{
    switch (wld_kind(r->world, other)) {
    case KIND_ORB: {
        int index = r->orbs_taken < ROOM_SKILL_COUNT ? r->orbs_taken : ROOM_SKILL_COUNT - 1;
        wld_remove(r->world, other);
        r->orbs_taken++;
        game_cue_play(g, CUE_PICKUP);
        char speaker[48];
        snprintf(speaker, sizeof speaker, "New skill: %s", room_skills[index].name);
        room_say_one(r, speaker, room_skills[index].card);
        if (r->orbs_taken == r->orbs_total && !r->exit_open) {
            r->exit_open = true;
            game_cue_play(g, CUE_GATE);
        }
        break;
    }
    case KIND_BUG:
        if (r->hurt_timer > 0) break;
        r->hurt_timer = ROOM_HURT_TICKS;
        game_cue_play(g, CUE_HURT);
        wld_set_position(r->world, r->player, r->start_x, r->start_y);
        wld_set_velocity(r->world, r->player, 0, 0);
        room_say_one(r, "Ouch!", "A bug got you, and you are back at the door. Bugs walk "
                                 "straight lines and turn at walls: watch, then slip past.");
        break;
    case KIND_EXIT:
        if (r->complete) break;
        if (!r->exit_open) {
            char text[160];
            snprintf(text, sizeof text,
                     "The exit is locked. It opens when you hold all %d skills of this floor "
                     "(%d so far).", r->orbs_total, r->orbs_taken);
            /* Touching the locked door every tick must not reopen the box. */
            if (!r->bumping) room_say_one(r, "Exit", text);
            r->bumping = true;
            wld_set_position(r->world, r->player, r->start_x, r->start_y);
            game_cue_play(g, CUE_BUMP);
            break;
        }
        r->complete = true;
        game_cue_play(g, CUE_PORTAL);
        room_say_one(r, "Floor complete!",
                     "You collected every skill on this floor. Talk to Ada, or press Esc to "
                     "leave the game.");
        break;
    default:
        break;
    }
}

static void room_move_player(game *g, room *r, const in_frame *in)
{
    int dx = !!(in->held & IN_BIT(IN_RIGHT)) - !!(in->held & IN_BIT(IN_LEFT));
    int dy = !!(in->held & IN_BIT(IN_DOWN)) - !!(in->held & IN_BIT(IN_UP));
    int speed = dx && dy ? ROOM_PLAYER_DIAGONAL : ROOM_PLAYER_SPEED;
    wld_set_velocity(r->world, r->player, dx * speed, dy * speed);
    bool moving = dx || dy;
    if (moving) {
        /* Face the way of the last axis pressed, horizontal winning ties. */
        if (dx) r->facing = dx > 0 ? FACE_RIGHT : FACE_LEFT;
        else r->facing = dy > 0 ? FACE_DOWN : FACE_UP;
        if (--r->step_timer <= 0) {
            game_cue_play(g, CUE_STEP);
            r->step_timer = 18;
        }
    } else {
        r->step_timer = 0;
    }
    r->moving = moving;
    wld_set_sprite(r->world, r->player, r->spr.player[r->facing], moving ? 4 : 1, 8);
}

static void room_bugs_think(world *w, wld_handle h, void *user)
{
    room *r = user;
    if (wld_kind(w, h) != KIND_BUG) return;
    int32_t left = wld_user(w, h) - 1;
    wld_set_user(w, h, left);
    if (left <= 0 || wld_hits(w, h)) room_bug_new_direction(r, h);
}

static void room_tick(game *g, game_scene *self, const in_frame *in)
{
    room *r = (room *)self;
    r->ticks++;
    if (r->quit_prompt) {
        if (in->pressed & IN_BIT(IN_CONFIRM)) g->quit = true;
        if (in->pressed & IN_BIT(IN_CANCEL)) {
            r->quit_prompt = false;
            game_cue_play(g, CUE_CANCEL);
        }
        return;
    }
    if (r->talking) {
        /* The world waits while someone speaks; text never advances by itself. */
        r->dialogue_ticks++;
        wld_set_velocity(r->world, r->player, 0, 0);
        if (in->pressed & (IN_BIT(IN_CONFIRM) | IN_BIT(IN_CANCEL))) {
            if (++r->page >= r->page_count) {
                r->talking = false;
                game_cue_play(g, CUE_CONFIRM);
            } else {
                r->dialogue_ticks = 0;
                game_cue_play(g, CUE_TALK);
            }
        }
        return;
    }
    if (in->pressed & IN_BIT(IN_CANCEL)) {
        r->quit_prompt = true;
        game_cue_play(g, CUE_CANCEL);
        return;
    }
    if (in->pressed & IN_BIT(IN_CONFIRM)) {
        wld_handle target = room_talk_target(r);
        if (target.generation) {
            room_interact(g, r, target);
            return;
        }
    }
    room_move_player(g, r, in);
    wld_each(r->world, room_bugs_think, r);
    wld_flush(r->world);
    wld_step(r->world);
    if (r->hurt_timer > 0) r->hurt_timer--;

    unsigned hits = wld_hits(r->world, r->player);
    bool was_bumping = r->bumping;
    r->bumping = false;
    if (hits && r->moving && !was_bumping) game_cue_play(g, CUE_BUMP);
    r->bumping = hits != 0;

    const wld_contact *contacts;
    int n = wld_contacts(r->world, &contacts);
    for (int i = 0; i < n && !r->talking; i++) {
        wld_handle a = contacts[i].a, b = contacts[i].b;
        if (a.index == r->player.index && a.generation == r->player.generation)
            room_touch(g, r, b);
        else if (b.index == r->player.index && b.generation == r->player.generation)
            room_touch(g, r, a);
    }
    wld_set_sprite(r->world, r->exit, r->spr.exit, r->exit_open ? 2 : 1, 45);
}

/* --- drawing -------------------------------------------------------------- */

static const ren_color ROOM_TEXT = {240, 240, 232, 255};
static const ren_color ROOM_ACCENT = {255, 214, 102, 255};
static const ren_color ROOM_DIM = {170, 180, 200, 255};

static void room_draw_tiles(room *r, ren_context *ren, int cam_x, int cam_y)
{
    int tx0 = cam_x / WLD_TILE - 1, ty0 = cam_y / WLD_TILE - 1;
    int tx1 = (cam_x + REN_LOGICAL_W) / WLD_TILE + 1, ty1 = (cam_y + REN_LOGICAL_H) / WLD_TILE + 1;
    for (int ty = ty0; ty <= ty1; ty++)
        for (int tx = tx0; tx <= tx1; tx++) {
            uint16_t ground = wld_map_ground(r->world, tx, ty);
            uint16_t deco = wld_map_deco(r->world, tx, ty);
            int x = tx * WLD_TILE - cam_x, y = ty * WLD_TILE - cam_y;
            if (ground) ren_draw_sprite(ren, ground, x, y);
            if (deco) ren_draw_sprite(ren, deco, x, y);
        }
}

static void room_draw_key_hint(room *r, game_painter *p, int x, int y, const char *key,
                               const char *label)
{
    int kw = txt_measure(p->font, key, strlen(key)) + 8;
    int lw = txt_measure(p->font, label, strlen(label));
    int h = txt_line_height(p->font) + 4;
    ren_rect back = {x - 2, y - 2, kw + lw + 14, h + 4};
    ren_fill_rect(p->ren, back, (ren_color){16, 20, 40, 200});
    ren_fill_rect(p->ren, (ren_rect){x, y, kw, h}, (ren_color){236, 236, 228, 255});
    ren_fill_rect(p->ren, (ren_rect){x, y + h - 2, kw, 2}, (ren_color){150, 150, 160, 255});
    txt_draw(p->font, x + 4, y + 1, key, strlen(key), (ren_color){30, 34, 52, 255});
    txt_draw(p->font, x + kw + 6, y + 2, label, strlen(label), ROOM_TEXT);
    (void)r;
}

static void room_draw_hud(room *r, game_painter *p)
{
    char text[48];
    snprintf(text, sizeof text, "Skills %d/%d", r->orbs_taken, r->orbs_total);
    int w = txt_measure(p->font, text, strlen(text)) + 40;
    ren_draw_nine_slice(p->ren, r->spr.panel, (ren_rect){6, 6, w, 30}, 8);
    ren_draw_sprite(p->ren, r->spr.orb, 12, 13);
    txt_draw(p->font, 32, 12, text, strlen(text), r->exit_open ? ROOM_ACCENT : ROOM_TEXT);
    if (r->exit_open && !r->complete) {
        const char *go = "Exit open!";
        ren_draw_sprite(p->ren, r->spr.star, w + 14, 17);
        txt_draw(p->font, w + 26, 12, go, strlen(go), ROOM_ACCENT);
    }
}

static void room_draw_dialogue(room *r, game_painter *p, int player_screen_y)
{
    const int margin = 12, height = 104;
    /* Keep the player in sight: the box moves to the top when they stand low. */
    int y = player_screen_y > REN_LOGICAL_H - height - margin - 24 ? margin + 36
                                                                     : REN_LOGICAL_H - height - margin;
    ren_rect box = {margin, y, REN_LOGICAL_W - 2 * margin, height};
    ren_draw_nine_slice(p->ren, r->spr.panel, box, 8);
    int line = txt_line_height(p->font);
    txt_draw(p->font, box.x + 14, box.y + 10, r->speaker, strlen(r->speaker), ROOM_ACCENT);
    ren_rect body = {box.x + 14, box.y + 12 + line, box.w - 28, box.h - 20 - line};
    txt_draw_wrapped(p->font, body, r->pages[r->page], ROOM_TEXT);
    char pager[16];
    snprintf(pager, sizeof pager, "%d/%d", r->page + 1, r->page_count);
    int pw = txt_measure(p->font, pager, strlen(pager));
    if (r->page_count > 1)
        txt_draw(p->font, box.x + box.w - 30 - pw, box.y + 10, pager, strlen(pager), ROOM_DIM);
    /* The advance marker bobs so it reads as "press to go on"; the text never moves on alone. */
    int bob = (r->dialogue_ticks / 20) % 2;
    ren_draw_sprite(p->ren, r->spr.arrow, box.x + box.w - 20, box.y + box.h - 16 + bob);
}

static void room_draw_quit_prompt(room *r, game_painter *p)
{
    ren_fill_rect(p->ren, (ren_rect){0, 0, REN_LOGICAL_W, REN_LOGICAL_H}, (ren_color){8, 10, 20, 150});
    ren_rect box = {170, 130, 300, 92};
    ren_draw_nine_slice(p->ren, r->spr.panel, box, 8);
    const char *q = "Leave SkillQuest?";
    int qw = txt_measure(p->font, q, strlen(q));
    txt_draw(p->font, box.x + (box.w - qw) / 2, box.y + 14, q, strlen(q), ROOM_TEXT);
    room_draw_key_hint(r, p, box.x + 26, box.y + 52, "Enter", "Leave");
    room_draw_key_hint(r, p, box.x + 166, box.y + 52, "Esc", "Stay");
}

static void room_draw(game *g, game_scene *self, game_painter *p, float alpha)
{
    room *r = (room *)self;
    ren_context *ren = p->ren;
    ren_begin(ren, (ren_color){26, 28, 44, 255});
    /* While the world is paused nothing moves: draw the settled positions. */
    if (r->talking || r->quit_prompt) alpha = 1.0f;
    float px, py;
    int pw, ph;
    wld_interpolated(r->world, r->player, alpha, &px, &py);
    wld_size(r->world, r->player, &pw, &ph);
    float camf_x, camf_y;
    wld_camera(r->world, px + pw / 2.0f, py + ph / 2.0f, REN_LOGICAL_W, REN_LOGICAL_H, &camf_x,
               &camf_y);
    int cam_x = (int)(camf_x < 0 ? camf_x - 0.5f : camf_x + 0.5f);
    int cam_y = (int)(camf_y < 0 ? camf_y - 0.5f : camf_y + 0.5f);
    room_draw_tiles(r, ren, cam_x, cam_y);

    static wld_draw_item items[512];
    int n = wld_collect_visible(r->world, (float)cam_x, (float)cam_y, REN_LOGICAL_W,
                                REN_LOGICAL_H, alpha, items, 512);
    for (int i = 0; i < n; i++) {
        const wld_draw_item *it = &items[i];
        int x = (int)(it->x + (it->x < 0 ? -0.5f : 0.5f)) - cam_x;
        int y = (int)(it->y + (it->y < 0 ? -0.5f : 0.5f)) - cam_y;
        if (it->kind == KIND_PLAYER || it->kind == KIND_MENTOR || it->kind == KIND_BUG)
            ren_draw_sprite(ren, r->spr.shadow, x, y + 10);
        if (it->kind == KIND_PLAYER && r->hurt_timer > 0 && (r->hurt_timer / 6) % 2) {
            /* Blink while invulnerable: shown by shape, not only by colour. */
            ren_draw_sprite_mod(ren, it->sprite, x, y, (ren_color){255, 255, 255, 90});
            continue;
        }
        ren_draw_sprite(ren, it->sprite, x, y);
    }

    if (!r->talking && !r->quit_prompt) {
        wld_handle target = room_talk_target(r);
        if (target.generation) {
            float tx, ty;
            wld_interpolated(r->world, target, alpha, &tx, &ty);
            int hx = (int)tx - cam_x - 16, hy = (int)ty - cam_y - 34;
            room_draw_key_hint(r, p, hx, hy, "Enter", "Talk");
        }
    }
    room_draw_hud(r, p);
    if (r->talking) room_draw_dialogue(r, p, (int)py - cam_y);
    if (r->quit_prompt) room_draw_quit_prompt(r, p);
    (void)g;
}

static uint64_t room_hash(const game_scene *self, uint64_t h)
{
    const room *r = (const room *)self;
    int32_t state[] = {r->facing,     r->moving,  r->step_timer, r->hurt_timer, r->orbs_taken,
                       r->exit_open,  r->complete, r->talking,   r->page,       r->quit_prompt};
    const unsigned char *bytes = (const unsigned char *)state;
    for (size_t i = 0; i < sizeof state; i++) {
        h ^= bytes[i];
        h *= 0x100000001b3ULL;
    }
    return h ^ wld_hash(r->world);
}

static bool room_player_position(const game_scene *self, float *x, float *y)
{
    const room *r = (const room *)self;
    int32_t sx, sy;
    if (!wld_alive(r->world, r->player)) return false;
    wld_position(r->world, r->player, &sx, &sy);
    *x = (float)sx / WLD_SUBPX;
    *y = (float)sy / WLD_SUBPX;
    return true;
}

static void room_destroy(game_scene *self)
{
    room *r = (room *)self;
    wld_destroy(r->world);
    free(r);
}

game_scene *game_room_create(game *g)
{
    room *r = calloc(1, sizeof *r);
    if (!r) return NULL;
    r->base = (game_scene){room_tick, room_draw, room_hash, room_player_position, room_destroy};
    r->rng = &g->rng;
    r->world = wld_create(256);
    if (!r->world) {
        free(r);
        return NULL;
    }
    room_lookup_sprites(g, r);
    room_build_map(g, r);
    room_spawn_entities(r);
    room_say(r, "Ada, senior engineer", mentor_pages,
             (int)(sizeof mentor_pages / sizeof *mentor_pages));
    return &r->base;
}
