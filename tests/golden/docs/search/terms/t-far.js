sitrepSearchData("terms/t-far",{"far":"RPzi8"});
