<?xml version="1.0" encoding="UTF-8"?>
<!-- Made by tools/spritegen.c from assets/art/ with the atlas (the build's assets target): do not edit. -->
<tileset version="1.8" tiledversion="1.8.2" name="skillquest_things" tilewidth="16" tileheight="16" tilecount="9" columns="8">
 <image source="skillquest_things.png" width="128" height="32"/>
 <tile id="0" type="start">
  <properties>
   <property name="name" value="player_down_0"/>
  </properties>
 </tile>
 <tile id="1" type="npc">
  <properties>
   <property name="name" value="mentor_0"/>
  </properties>
 </tile>
 <tile id="2" type="terminal">
  <properties>
   <property name="name" value="terminal_0"/>
  </properties>
 </tile>
 <tile id="3" type="skill">
  <properties>
   <property name="name" value="orb_0"/>
  </properties>
 </tile>
 <tile id="4" type="gate">
  <properties>
   <property name="name" value="gate_closed"/>
  </properties>
 </tile>
 <tile id="5" type="exit">
  <properties>
   <property name="name" value="exit_0"/>
  </properties>
 </tile>
 <tile id="6" type="bug">
  <properties>
   <property name="name" value="bug_0"/>
  </properties>
 </tile>
 <tile id="7" type="sign">
  <properties>
   <property name="name" value="terminal_0"/>
  </properties>
 </tile>
 <tile id="8" type="review">
  <properties>
   <property name="name" value="terminal_1"/>
  </properties>
 </tile>
</tileset>
