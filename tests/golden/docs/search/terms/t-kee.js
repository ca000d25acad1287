sitrepSearchData("terms/t-kee",{"keep":"HPMi8EETk8"});
