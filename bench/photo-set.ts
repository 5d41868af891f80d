// The real photos in photo-set/ (licences and sources in photo-set/SOURCES.md) and the half
// each belongs to: thresholds are tuned on `tune`, figures are reported for `report`.
export interface RealPhoto {
  readonly file: string;
  readonly half: 'tune' | 'report';
}

export const REAL_PHOTOS: readonly RealPhoto[] = [
  { file: 'astronaut.png', half: 'tune' },
  { file: 'coffee.png', half: 'tune' },
  { file: 'camera.png', half: 'report' },
  { file: 'chelsea.png', half: 'report' },
  { file: 'rocket.jpg', half: 'report' },
  { file: 'coins.png', half: 'tune' },
  { file: 'fig-bowl.jpg', half: 'tune' },
  { file: 'paint-brushes.jpg', half: 'report' },
  { file: 'wine-room.jpg', half: 'report' },
  { file: 'forest-stream.jpg', half: 'tune' },
  { file: 'dogs-window.jpg', half: 'tune' },
  { file: 'autumn-hills.jpg', half: 'report' },
  { file: 'mountain-path.jpg', half: 'tune' },
  { file: 'sunset-hill.jpg', half: 'report' },
  { file: 'dandelions.jpg', half: 'tune' },
  { file: 'china.jpg', half: 'report' },
  { file: 'flower.jpg', half: 'tune' },
  { file: 'raccoon.jpg', half: 'tune' },
  { file: 'kiwi.jpg', half: 'report' },
  { file: 'cat-mug.jpg', half: 'tune' },
  { file: 'ruin-arches.jpg', half: 'report' },
  { file: 'city-night.jpg', half: 'report' },
  { file: 'parrot.jpg', half: 'report' },
  // Added later: ten product-like photos, then eight others. The four sneaker views show one
  // shoe, so they share a half.
  { file: 'fruit-slices.jpg', half: 'report' },
  { file: 'aloe-pot.jpg', half: 'report' },
  { file: 'circuit-board.jpg', half: 'report' },
  { file: 'paper-pot-holders.jpg', half: 'report' },
  { file: 'cherries.jpg', half: 'report' },
  { file: 'coffee-filter.jpg', half: 'tune' },
  { file: 'sneakers-pair.jpg', half: 'tune' },
  { file: 'sneaker-side.jpg', half: 'tune' },
  { file: 'sneaker-sole.jpg', half: 'tune' },
  { file: 'sneaker-top.jpg', half: 'tune' },
  { file: 'white-flowers.png', half: 'tune' },
  { file: 'blossom-branches.jpg', half: 'report' },
  { file: 'hibiscus.jpg', half: 'tune' },
  { file: 'tiger-snow.jpg', half: 'report' },
  { file: 'dog-bicycle.jpg', half: 'tune' },
  { file: 'eagle-shore.jpg', half: 'report' },
  { file: 'dachshund.jpg', half: 'tune' },
  { file: 'petal-droplets.jpg', half: 'report' },
];
