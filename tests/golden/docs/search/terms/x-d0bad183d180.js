sitrepSearchData("terms/x-d0bad183d180",{"курская":"PXVj2"});
