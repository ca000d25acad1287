sitrepSearchData("terms/t-bal",{"balakleya":"x-yb6","balakliia":"x-yb6OPV28","balakliya":"x-yb6"});
