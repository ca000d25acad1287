sitrepSearchData("terms/x-d0b3d0b0",{"га":"JzHi2"});
