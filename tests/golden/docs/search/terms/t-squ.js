sitrepSearchData("terms/t-squ",{"squadron":"XwS48","square":"HPMi8EETk8"});
