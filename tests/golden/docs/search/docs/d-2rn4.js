sitrepSearchData("docs/d-2rn4",{"k":"place","n":["United States","America","U.S.","U.S.A.","US","USA","United States of America"],"t":"United States","u":"places/united-states.html","x":""});
