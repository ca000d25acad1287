sitrepSearchData("terms/t-inv",{"invasion":"QCMj8NWd8FZPv8","involving":"RPzi8"});
