sitrepSearchData("terms/t-kre",{"kremlin":"HPMi8EETk8ADNn6"});
