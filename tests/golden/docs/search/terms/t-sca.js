sitrepSearchData("terms/t-sca",{"scale":"QUH08FZPv8"});
