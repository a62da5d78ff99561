<?xml version="1.0" encoding="UTF-8"?>
<!-- Made by tools/spritegen.c from assets/art/ with the atlas (the build's assets target): do not edit. -->
<tileset version="1.8" tiledversion="1.8.2" name="skillquest_portal" tilewidth="16" tileheight="32" tilecount="1" columns="4">
 <image source="skillquest_portal.png" width="64" height="32"/>
 <tile id="0" type="portal">
  <properties>
   <property name="name" value="portal_1"/>
  </properties>
 </tile>
</tileset>
