-- levels/game_dev/bank.lua: review-only items of the Game Development quest
-- (the levels hold the rest), and the warm-up a mentor asks a newcomer who
-- starts without Python (lib/refresh.lua). Code is written for pygame-ce
-- 2.5 and Panda3D 1.10 (FACTS.md).
return {
  format = 1,
  quest = "game_dev",
  exercises = {
    gd_warm_python = { kind = "choice", skill = "python",
      prompt = "In Python, what does 1500 / 1000 give?",
      choices = {
        { "1.5", right = true, why = "/ is true division in Python 3: a float." },
        { "1", why = "That is floor division, 1500 // 1000." },
        { "1500000", why = "That would be multiplication." },
      },
      explain = "In Python 3, / always gives a float, so milliseconds / 1000 gives seconds with the fraction kept." },

    gd_loop_3 = { kind = "sort", skill = "game_loop",
      prompt = "Which part of a frame does each line belong to?",
      bins = { "Input", "Update", "Draw" },
      items = {
        { "for event in pygame.event.get():", bin = 1, why = "Reads what the player did." },
        { "keys = pygame.key.get_pressed()", bin = 1, why = "Reads which keys are held now." },
        { "enemies.update(dt)", bin = 2, why = "Moves the world on by the time passed." },
        { "score += 10", bin = 2, why = "Game state changes in the update." },
        { "screen.blit(ship_img, ship.rect)", bin = 3, why = "Copies a picture onto the frame." },
        { "pygame.display.flip()", bin = 3, why = "Shows the finished frame." },
      },
      explain = "Keep the three apart: input reads, update changes state, draw only shows it. Then a slow draw never changes how the game plays." },

    gd_pygame_3 = { kind = "sort", skill = "pygame",
      prompt = "Which pygame module do you reach for?",
      bins = { "pygame.display", "pygame.time", "pygame.sprite" },
      items = {
        { "Open a 640x480 window", bin = 1, why = "display.set_mode creates the window surface." },
        { "Show the frame you drew", bin = 1, why = "display.flip presents it." },
        { "Cap the loop at 60 fps", bin = 2, why = "time.Clock().tick(60)." },
        { "Milliseconds since init", bin = 2, why = "time.get_ticks()." },
        { "Group enemies to update and draw", bin = 3, why = "sprite.Group." },
        { "Find bullets that hit a ship", bin = 3, why = "sprite.spritecollide." },
      },
      explain = "display is the window, time is the clock, sprite holds game objects and their collisions; event, key and mixer cover input and sound." },

    gd_sprite_3 = { kind = "code", skill = "sprites", language = "python",
      prompt = "The game stutters every frame an explosion plays. Which line causes it?",
      code = [==[
class Explosion(pygame.sprite.Sprite):
    def update(self, dt):
        self.t += dt
        i = int(self.t * 24) % 8
        path = f"boom_{i}.png"
        self.image = pygame.image.load(path)
        if self.t > 1:
            self.kill()
]==],
      answer = 6,
      why = {
        [4] = "Picking the frame from the time passed, 24 a second: right.",
        [6] = "Reading and decoding a PNG from disk every frame. Load the 8 frames once, then index a list.",
        [8] = "kill() removes the finished explosion from its groups: right.",
      },
      explain = "Load art once, before play, with convert_alpha(); an animation then only picks which loaded frame to show." },

    gd_tile_3 = { kind = "sort", skill = "tilemaps",
      prompt = "A level made in the Tiled editor: which layer does each thing go on?",
      bins = { "Tile layer", "Object layer" },
      items = {
        { "Grass and water under everything", bin = 1, why = "A grid of tiles: one per cell." },
        { "Walls the player cannot cross", bin = 1, why = "Tiles, often marked solid with a property." },
        { "Where the player starts", bin = 2, why = "One point with a position, not a grid of tiles." },
        { "A door that leads to level 2", bin = 2, why = "An object with its own properties (its target)." },
        { "Enemy spawn points", bin = 2, why = "Points placed freely, read by the game's code." },
      },
      explain = "Tile layers hold the grid of pictures; object layers hold things placed freely, with names and properties the game reads when it loads the map." },

    gd_scene_3 = { kind = "fill", skill = "scene_graph", language = "python",
      prompt = "Put the sword in the knight's hand, then find where it is in the world.",
      code = [==[
sword = loader.loadModel("sword.bam")
sword.reparentTo({1})
sword.setPos(0.4, 0, 1.1)
where = sword.getPos({2})
]==],
      blanks = {
        { options = { "hand", "render" }, answer = 1,
          why = {
            "Under the hand joint, the sword follows every swing.",
            "Under render it would float where it was put while the knight walks away.",
          } },
        { options = { "render", "hand" }, answer = 1,
          why = {
            "getPos(render) gives the position relative to the world's root.",
            "getPos(hand) gives (0.4, 0, 1.1) again: relative to its parent.",
          } },
      },
      explain = "setPos and getPos are relative to the parent; pass another NodePath first (getPos(render)) to ask relative to it." },

    gd_dt_4 = { kind = "choice", skill = "delta_time",
      prompt = "In a pygame-ce loop, clock.tick(60) just returned 20. How far does a ball moving 300 px/s go this frame?",
      choices = {
        { "6 pixels", right = true, why = "20 ms is 0.02 s, and 300 x 0.02 = 6." },
        { "6000 pixels", why = "That takes the 20 ms as 20 seconds: divide by 1000 first." },
        { "5 pixels", why = "That assumes 1/60 s; this frame took 20 ms, longer than planned." },
      },
      explain = "Clock.tick returns milliseconds; dt = ms / 1000, and distance = speed x dt. The 60 only caps the rate." },

    gd_srv_4 = { kind = "code", skill = "game_servers", language = "python",
      prompt = "Modded clients top the leaderboard with impossible scores. Which line lets them?",
      code = [==[
@app.post("/runs/<run_id>/finish")
def finish(run_id):
    run = runs.get(run_id, owner=current_user())
    inputs = request.json["inputs"]
    score = request.json["score"]
    board.record(current_user().id, score)
    return {"score": score}
]==],
      answer = 5,
      why = {
        [3] = "Looking the run up by its owner stops posting to someone else's run: right.",
        [4] = "Inputs are what a client may send; the server can replay them.",
        [5] = "The score is taken from the client as it claims it. Compute it: score = simulate(run, inputs).",
      },
      explain = "Anything in a request can be forged. The server recomputes the score from the inputs, and checks they were possible." },

    gd_lb_4 = { kind = "sort", skill = "game_backend",
      prompt = "Launch-day traffic: which tool answers each problem?",
      bins = { "Rate limit", "Cache", "Load test" },
      items = {
        { "A bot posts 50,000 scores a second", bin = 1, why = "Cap posts per account: 429 Too Many Requests." },
        { "Everyone reloads the same top-100 page", bin = 2, why = "Serve one copy for a few seconds." },
        { "Nobody knows where the system breaks", bin = 3, why = "Find out in staging, not on Friday." },
        { "One player retries a failed login in a loop", bin = 1, why = "Limit attempts per account and IP." },
        { "The store's item list changes once a week", bin = 2, why = "Rarely changes: cache it long." },
      },
      explain = "Rate limits protect you from a few very busy clients, caches from many identical reads, and load tests tell you which one you need before launch." },
  },
}
