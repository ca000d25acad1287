sitrepSearchData("terms/t-sub",{"substantial":"HPMi8"});
