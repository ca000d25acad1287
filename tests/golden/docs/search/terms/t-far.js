sitrepSearchData("terms/t-far",{"far":"FFSl8"});
