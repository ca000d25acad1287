sitrepSearchData("terms/t-bui",{"building":"HPMi8","built":"VEKd8"});
