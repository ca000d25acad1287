sitrepSearchData("terms/t-bal",{"balakleya":"x-yb6","balakliia":"x-yb6FRK78","balakliya":"x-yb6"});
