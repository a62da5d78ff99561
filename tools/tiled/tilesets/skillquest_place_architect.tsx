<?xml version="1.0" encoding="UTF-8"?>
<!-- Made by tools/spritegen.c from assets/art/ with the atlas (the build's assets target): do not edit. -->
<tileset version="1.8" tiledversion="1.8.2" name="skillquest_place_architect" tilewidth="16" tileheight="16" tilecount="8" columns="8">
 <image source="skillquest_place_architect.png" width="128" height="16"/>
 <tile id="0">
  <properties>
   <property name="name" value="floor_architect"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="name" value="wall_top_architect"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="name" value="wall_face_architect"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="name" value="architect_whiteboard"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="name" value="architect_drafting_table"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="name" value="architect_blueprints"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="name" value="architect_display"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="name" value="architect_armchair"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
</tileset>
