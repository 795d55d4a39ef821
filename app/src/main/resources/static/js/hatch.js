// The diagonal hatch that marks a functional zone's approximate extent on the map and the 大屏 (docs/MAP.md).
window.muyieldHatch = function (colour) {
  var c = document.createElement('canvas');
  c.width = 8;
  c.height = 8;
  var g = c.getContext('2d');
  g.strokeStyle = colour;
  g.lineWidth = 1;
  g.beginPath();
  g.moveTo(0, 8);
  g.lineTo(8, 0);
  g.stroke();
  return {image: c, repeat: 'repeat'};
};
