sitrepSearchData("terms/x-d0b8d0b5d0bd",{"иенс":"x-Cf2"});
