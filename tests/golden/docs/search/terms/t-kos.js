sitrepSearchData("terms/t-kos",{"koshovyi":"JzHi2"});
