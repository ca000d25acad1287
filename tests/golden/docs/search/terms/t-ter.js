sitrepSearchData("terms/t-ter",{"term":"FFSl8GONh8","terrain":"FFSl9","territorial":"XOPb8","territory":"FFSloyFVt8"});
