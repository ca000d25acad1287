sitrepSearchData("terms/x-d0b1d0b0d0bb",{"балаклея":"x-yb6","балаклія":"x-yb6"});
