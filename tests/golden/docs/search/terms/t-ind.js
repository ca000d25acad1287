sitrepSearchData("terms/t-ind",{"independent":"Y_Or8","industrial":"SF-g8"});
