sitrepSearchData("terms/t-lat",{"late":"RPzi8","later":"NRB88","latest":"RPzi8"});
